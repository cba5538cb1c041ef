/**
 * One clipping as markup that is both HTML and well-formed XHTML (the single-file export and the
 * EPUB share it): header (paper · date · page, kicker, headline, subtitle, byline, citation,
 * original), the body with highlights as <mark> in their colour and note numbers, images where
 * they stood, the notes, the note on the whole article and tags. Every text is escaped; in a
 * Chinese article Latin runs carry lang="en" and dates do not break inside.
 */
import { citesAddress } from '../cites-address';
import { isChineseLanguage, scriptRuns } from '../../text/script-runs';
import type { ClippingImage } from '../clipping';
import type { Book, BookArticle, BookNote, BookRun } from './book-model';
import { escapeXml } from './xml-text';

export interface MarkupOptions {
  /** Where an image is found (a data: URL, a file in the EPUB); undefined leaves it out. */
  imageSrc: (image: ClippingImage) => string | undefined;
  /** Heading level of the headline (1 in an EPUB chapter, 2 in the single file under the book's title). */
  headlineLevel: 1 | 2;
  /** Id prefix for note anchors, unique in the document. */
  idPrefix: string;
}

/** Text with its Latin runs and dates marked (in a Chinese text), escaped. */
export function textMarkup(text: string, lang: string | undefined): string {
  const chinese = isChineseLanguage(lang);
  if (!chinese && !/[年月]/u.test(text)) return escapeXml(text);
  return scriptRuns(text)
    .map((run) => {
      if (run.kind === 'latin' && chinese) return `<span lang="en">${escapeXml(run.text)}</span>`;
      if (run.kind === 'date') return `<span class="nowrap">${escapeXml(run.text)}</span>`;
      return escapeXml(run.text);
    })
    .join('');
}

const colorClass = (color: number | undefined): string => (color === undefined ? 'hl' : `hl c${color}`);

function runMarkup(run: BookRun, lang: string | undefined, idPrefix: string): string {
  const text = textMarkup(run.text, lang);
  const refs = run.noteRefs.map((n) => `<sup class="note-ref"><a href="#${idPrefix}n${n}" id="${idPrefix}r${n}">${n}</a></sup>`).join('');
  return run.highlightId === undefined ? text + refs : `<mark class="${colorClass(run.color)}">${text}</mark>${refs}`;
}

function noteMarkup(note: BookNote, lang: string | undefined, idPrefix: string): string {
  const h = note.highlight;
  const parts: string[] = [`<span class="swatch ${note.color === undefined ? 'c-none' : `c${note.color}`}"></span>`];
  if (!note.placed) parts.push(`<q class="quote">${textMarkup(h.exact.trim(), lang)}</q>`);
  if (h.note.trim()) parts.push(`<span class="note-text">${textMarkup(h.note.trim(), lang)}</span>`);
  if (h.tags.length) parts.push(`<span class="note-tags">${h.tags.map((tag) => `#${escapeXml(tag)}`).join(' ')}</span>`);
  const back = note.placed ? ` <a class="back" href="#${idPrefix}r${note.number}">↩</a>` : '';
  return `<li id="${idPrefix}n${note.number}" value="${note.number}">${parts.join(' ')}${back}</li>`;
}

function figureMarkup(image: ClippingImage, src: string | undefined, lang: string | undefined, leftOut: string): string {
  const caption = image.caption.trim() || image.alt.trim();
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const img = src ? `<img src="${escapeXml(src)}" alt="${escapeXml(image.alt.trim() || caption)}"${size}/>` : `<span class="left-out">${escapeXml(leftOut)}</span>`;
  return `<figure class="clip-figure">${img}${caption ? `<figcaption>${textMarkup(caption, lang)}</figcaption>` : ''}</figure>`;
}

/** The article element of one clipping. */
export function articleMarkup(book: Book, article: BookArticle, options: MarkupOptions): string {
  const { clipping, lang } = article;
  const labels = book.labels;
  const p = options.idPrefix;
  const h = `h${options.headlineLevel}`;
  const out: string[] = [];
  out.push(`<article class="clipping" id="${p}article"${lang ? ` lang="${escapeXml(lang)}"` : ''}>`);
  out.push('<header class="clip-head">');
  if (article.meta.length) out.push(`<p class="clip-meta">${article.meta.map((m) => textMarkup(m, lang)).join(' · ')}</p>`);
  if (clipping.kicker?.trim()) out.push(`<p class="kicker">${textMarkup(clipping.kicker.trim(), lang)}</p>`);
  out.push(`<${h} class="clip-headline">${textMarkup(article.headline, lang)}</${h}>`);
  if (clipping.subtitle?.trim()) out.push(`<p class="subtitle">${textMarkup(clipping.subtitle.trim(), lang)}</p>`);
  if (article.byline) out.push(`<p class="clip-byline">${textMarkup(article.byline, lang)}</p>`);
  if (article.citation) out.push(`<p class="citation">${textMarkup(article.citation, lang)}</p>`);
  // The address once: as the link's text, unless the reference above already gives it (then the link says "Original").
  if (article.original && citesAddress(article.citation, article.original)) out.push(`<p class="original"><a href="${escapeXml(article.original)}">${escapeXml(labels.original)}</a></p>`);
  else if (article.original) out.push(`<p class="original">${escapeXml(labels.original)}: <a href="${escapeXml(article.original)}">${escapeXml(article.original)}</a></p>`);
  out.push('</header>');
  out.push('<div class="clip-body">');
  for (const block of article.blocks) {
    if (block.kind === 'image') out.push(figureMarkup(block.image, options.imageSrc(block.image), lang, labels.imageLeftOut));
    else out.push(`<p class="clip-para">${block.runs.map((run) => runMarkup(run, lang, p)).join('')}</p>`);
  }
  if (!article.hasText) out.push(`<p class="muted">${escapeXml(labels.noText)}</p>`);
  out.push('</div>');
  if (article.notes.length) {
    out.push(`<aside class="notes"><p class="notes-title">${escapeXml(labels.notes)}</p><ol>${article.notes.map((n) => noteMarkup(n, lang, p)).join('')}</ol></aside>`);
  }
  if (clipping.note.trim()) {
    const paragraphs = clipping.note.trim().split(/\n+/u).map((line) => `<p>${textMarkup(line, lang)}</p>`);
    out.push(`<section class="article-note"><p class="notes-title">${escapeXml(labels.articleNote)}</p>${paragraphs.join('')}</section>`);
  }
  if (clipping.tags.length) out.push(`<p class="article-tags">${clipping.tags.map((tag) => `#${escapeXml(tag)}`).join(' ')}</p>`);
  out.push('</article>');
  return out.join('\n');
}

/** The book's style sheet: a newspaper column on screen and e-readers, one article a page in print. */
export function bookCss(book: Book): string {
  const colours = book.colors.flatMap((value, i) => (value ? [`mark.c${i},.swatch.c${i}{background-color:${value}}`] : []));
  return [
    'body{margin:0 auto;max-width:40em;padding:0 1em;color:#1d1d1f;background:#fff;font-family:"Noto Serif CJK SC","Noto Serif SC","Source Han Serif SC","Songti SC",Georgia,serif;line-height:1.8}',
    '[lang="en"]{font-family:Georgia,"Noto Serif","Times New Roman",serif}',
    '.nowrap{white-space:nowrap}',
    '.clip-head{border-bottom:3px double #1d1d1f;padding-bottom:.5em;margin-bottom:1em}',
    '.clip-meta{font-size:.85em;color:#555;border-bottom:1px solid #ccc;margin:0 0 .4em;letter-spacing:.05em}',
    '.kicker,.subtitle{margin:.2em 0}',
    '.clip-headline{margin:.2em 0;line-height:1.3}',
    '.clip-byline{margin:.3em 0;font-size:.9em}',
    '.citation,.original{font-size:.8em;color:#555;overflow-wrap:anywhere;margin:.3em 0}',
    '.clip-para{margin:0 0 .8em;text-align:justify;overflow-wrap:anywhere}',
    '.clipping:lang(zh) .clip-para{text-indent:2em}',
    'mark.hl{background-color:#ffe066;color:#111;-webkit-print-color-adjust:exact;print-color-adjust:exact}',
    '.note-ref{font-size:.7em;line-height:0}',
    '.note-ref a{color:#8a1c1c;text-decoration:none}',
    '.clip-figure{margin:0 0 1em;text-align:center}',
    '.clip-figure img{max-width:100%;height:auto}',
    '.clip-figure figcaption{font-size:.85em;color:#555}',
    '.left-out{font-size:.85em;color:#555}',
    '.notes,.article-note{border-top:1px solid #999;margin-top:1em;padding-top:.4em;font-size:.85em;line-height:1.5}',
    '.notes-title{font-weight:bold;margin:0 0 .3em}',
    '.notes ol{margin:0;padding-left:1.8em}',
    '.notes li{margin-bottom:.4em;overflow-wrap:anywhere}',
    '.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;background-color:#ffe066;-webkit-print-color-adjust:exact;print-color-adjust:exact}',
    '.quote{color:#555;font-style:italic}',
    '.note-tags,.article-tags{color:#555;font-size:.9em}',
    '.back{text-decoration:none}',
    '.muted{color:#555}',
    '.contents ol{list-style:none;padding-left:1.2em}',
    '.contents>ol{padding-left:0}',
    '.contents a{color:inherit}',
    ...colours,
    '@media print{',
    '@page{size:A4;margin:18mm 16mm}',
    'body{max-width:none;padding:0}',
    '.contents{break-after:page}',
    '.clipping{break-before:page}',
    '.clip-head{break-after:avoid}',
    '.clip-figure{break-inside:avoid}',
    '.clip-figure img{max-height:110mm;width:auto}',
    'a{color:inherit;text-decoration:none}',
    '.back{display:none}',
    '}',
  ].join('\n');
}
