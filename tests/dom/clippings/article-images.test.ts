import { describe, expect, it } from 'vitest';
import { articleImages, shownCandidates } from '../../../src/dom/clippings/article-images';

function page(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

describe('articleImages', () => {
  it('keeps the photos of the article with captions and places, not ads, avatars, logos, icons, pixels or the page chrome', () => {
    const doc = page(`<head><base href="https://paper.example.cn/html/2022-03/31/"></head><body>
      <header><img src="/logo.png" width="300" height="80"></header>
      <article>
        <h1>标题</h1>
        <div class="author-box"><img src="/u/zhang.jpg" width="120" height="120"></div>
        <figure><img src="../../../res/photo1.jpg" width="800" height="533" alt="油田"><figcaption>江汉油田的清晨。 记者 摄</figcaption></figure>
        <p id="p0">第一段。</p>
        <div class="ad-slot"><img src="/x/house.jpg" width="600" height="300"></div>
        <p id="p1">第二段。</p>
        <img data-src="https://img.paper.example.cn/2022/p2.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="640" height="400" alt="第二张">
        <img src="/t.gif" width="1" height="1">
        <img src="/banner-strip.jpg" width="960" height="60">
        <p id="p2">第三段。</p>
        <div class="share"><img src="/icons/weixin.png" width="120" height="120"></div>
      </article>
      <aside><img src="/side.jpg" width="400" height="300"></aside>
      </body>`);
    const body = ['p0', 'p1', 'p2'].map((id) => doc.getElementById(id)!);
    expect(articleImages(body)).toEqual([
      { src: 'https://paper.example.cn/res/photo1.jpg', alt: '油田', caption: '江汉油田的清晨。 记者 摄', paragraph: 0, width: 800, height: 533 },
      { src: 'https://img.paper.example.cn/2022/p2.jpg', alt: '第二张', caption: '', paragraph: 2, width: 640, height: 400 },
    ]);
  });

  it('finds a figure next to the body on a page without an <article>, and nothing on a text-only page', () => {
    const doc = page(`<body><div class="content"><img src="https://a.example/f.jpg" alt="f"><founder-content><p id="a">甲。</p><p id="b">乙。</p></founder-content></div><div class="footer-links">x</div></body>`);
    expect(articleImages([doc.getElementById('a')!, doc.getElementById('b')!]).map((i) => [i.src, i.paragraph])).toEqual([['https://a.example/f.jpg', 0]]);
    const plain = page(`<body><p id="a">Only text.</p><p id="b">More.</p></body>`);
    expect(articleImages([plain.getElementById('a')!, plain.getElementById('b')!])).toEqual([]);
  });
});

/** What a browser reports for an <img> once its picture decoded (jsdom loads no images). */
function loaded(img: HTMLImageElement, address: string): void {
  Object.defineProperty(img, 'complete', { value: true });
  Object.defineProperty(img, 'naturalWidth', { value: 800 });
  Object.defineProperty(img, 'currentSrc', { value: address, configurable: true });
}

describe('shownCandidates', () => {
  it('offers the background only the images the page has loaded, by the address it shows, and inline images', () => {
    const doc = page(`<body><article>
      <img id="shown" src="https://img.example/a.jpg" width="800" height="500">
      <img id="lazy" data-src="http://192.168.1.1/admin.jpg" width="800" height="500">
      <img id="broken" src="https://img.example/missing.jpg" width="800" height="500">
      <img id="inline" src="data:image/png;base64,iVBORw0KGgo=" width="800" height="500">
      <p id="p0">正文。</p></article></body>`);
    loaded(doc.getElementById('shown') as HTMLImageElement, 'https://img.example/a.jpg');
    // A broken image is complete with no natural width.
    Object.defineProperty(doc.getElementById('broken')!, 'complete', { value: true });
    const candidates = articleImages([doc.getElementById('p0')!]);
    expect(candidates.map((c) => c.src)).toEqual(['https://img.example/a.jpg', 'http://192.168.1.1/admin.jpg', 'https://img.example/missing.jpg', 'data:image/png;base64,iVBORw0KGgo=']);
    expect(shownCandidates(candidates, doc).map((c) => c.src)).toEqual(['https://img.example/a.jpg', 'data:image/png;base64,iVBORw0KGgo=']);
  });

  it('a lazy image counts by the address it shows (currentSrc): the placeholder first, its real address once loaded', () => {
    const doc = page(`<body><article><img id="i" data-src="https://img.example/real.jpg" src="https://img.example/placeholder.gif" width="800" height="500"><p id="p0">正文。</p></article></body>`);
    const image = doc.getElementById('i') as HTMLImageElement;
    loaded(image, 'https://img.example/placeholder.gif');
    // Before it scrolls in, the page shows the placeholder: that is what may be fetched, not data-src.
    const before = articleImages([doc.getElementById('p0')!]);
    expect(shownCandidates(before, doc).map((c) => c.src)).toEqual(['https://img.example/placeholder.gif']);
    Object.defineProperty(image, 'currentSrc', { value: 'https://img.example/real.jpg' });
    expect(shownCandidates(articleImages([doc.getElementById('p0')!]), doc).map((c) => c.src)).toEqual(['https://img.example/real.jpg']);
  });
});
