import 'fake-indexeddb/auto';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Clipping } from '../../src/core/clippings/clipping';
import { DEFAULT_SETTINGS } from '../../src/core/settings/default-settings';
import { fakeBrowser } from '../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { ClippingArticle } = await import('../../clippings/clipping-article');
const { citesAddress } = await import('../../src/core/clippings/cites-address');

const URL1 = 'https://epaper.example.cn/html/2022-03/31/content_6.htm';
const clipping: Clipping = {
  id: URL1, pageUrl: URL1, url: URL1, title: '最美石油红', authors: [{ name: '张三', role: 'reporter' }], publication: '荆州日报', date: '2022-03-31', page: '02', language: 'zh-CN',
  note: '', tags: [], imageCount: 0, imageBytes: 0, imagesSkipped: 0, createdAt: 1, updatedAt: 1,
};
const details = { clipping, bodyText: '正文。', images: [], highlights: [], noteConflicts: [] };

afterEach(cleanup);

describe('the article`s address in the printed book', () => {
  it('is printed once: beside the link only when the reference does not already give it', () => {
    const cited = render(<ClippingArticle details={details} settings={DEFAULT_SETTINGS} citation={`张三. 最美石油红[N/OL]. 荆州日报, 2022-03-31(2). ${URL1}.`} />).container;
    // The whole header text holds the address once (the reference's), the print-only copy is not made.
    expect(cited.querySelector('.original-url')).toBeNull();
    expect(cited.querySelector('.original')!.classList.contains('cited')).toBe(true);
    expect(cited.querySelector('.clip-head')!.textContent!.split(URL1).length - 1).toBe(1);
    cleanup();
    const uncited = render(<ClippingArticle details={details} settings={DEFAULT_SETTINGS} citation="张三. 最美石油红[N]. 荆州日报, 2022-03-31(2)." />).container;
    expect(uncited.querySelector('.original-url')!.textContent).toBe(URL1);
    expect(uncited.querySelector('.original')!.classList.contains('cited')).toBe(false);
  });

  it('counts a percent-decoded or slash-less address in the reference as the address', () => {
    expect(citesAddress('… https://example.cn/新闻/1 …', 'https://example.cn/%E6%96%B0%E9%97%BB/1')).toBe(true);
    expect(citesAddress('… https://example.cn/a.', 'https://example.cn/a/')).toBe(true);
    expect(citesAddress('… https://example.cn/b.', 'https://example.cn/a')).toBe(false);
    expect(citesAddress('', 'https://example.cn/a')).toBe(false);
    expect(citesAddress('https://example.cn/%E6%', 'https://example.cn/%E6%')).toBe(true);
  });
});
