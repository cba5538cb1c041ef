/**
 * The page key of a document (content/page-key.ts), which the loader and the annotator both use:
 * a page's canonical address; for a frame its parent wrote (about:blank, document.write) the
 * parent's key plus the frame's text fingerprint; a frame loaded from an address of its own is
 * keyed by that address.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalPageUrl } from '../../../src/core/url/canonical-url';
import { framePageKey } from '../../../src/core/url/frame-key';
import { isWrittenByParent, pageKeyOf } from '../../../src/content/page-key';

const TOP = canonicalPageUrl(location.href);

function blankFrame(name: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.name = name;
  document.body.append(frame);
  return frame;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('pageKeyOf', () => {
  it('is the canonical address of a top page', () => {
    expect(isWrittenByParent(window)).toBe(false);
    expect(pageKeyOf(document)).toBe(TOP);
  });

  it('keys an about:blank frame the page filled by its parent\'s key and the frame\'s text', () => {
    const frame = blankFrame('reader');
    const doc = frame.contentDocument!;
    const p = doc.createElement('p');
    p.textContent = '今年以来，各地扎实推进乡村建设行动。';
    doc.body.append(p);
    expect(isWrittenByParent(frame.contentWindow!)).toBe(true);
    const key = pageKeyOf(doc)!;
    expect(key).toBe(framePageKey(TOP, doc.title, doc.body.textContent!));
    expect(key.startsWith(`${TOP}#jianbao-frame=`)).toBe(true);
    // The same article written again (a reload) gives the same key; another one another key.
    const again = blankFrame('reader');
    const p2 = again.contentDocument!.createElement('p');
    p2.textContent = '今年以来，各地扎实推进乡村建设行动。';
    again.contentDocument!.body.append(p2);
    expect(pageKeyOf(again.contentDocument!)).toBe(key);
    p2.textContent = '另一篇文章。';
    expect(pageKeyOf(again.contentDocument!)).not.toBe(key);
  });

  it('keys a frame of a frame the parent wrote under the top page, with one fragment', () => {
    const outer = blankFrame('outer');
    const inner = outer.contentDocument!.createElement('iframe');
    outer.contentDocument!.body.append(inner);
    inner.contentDocument!.body.textContent = 'Nested article';
    expect(pageKeyOf(inner.contentDocument!)).toBe(framePageKey(TOP, '', 'Nested article'));
  });
});
