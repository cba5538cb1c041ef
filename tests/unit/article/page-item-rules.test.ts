import { describe, expect, it } from 'vitest';
import { itemListIndexes, isItem, readHeadlineStack, untitledEntryTitle, TIME_STAMP, type ItemCandidateStats, type ItemGroupContext } from '../../../src/core/article/page-item-rules';

const item = (over: Partial<ItemCandidateStats> = {}): ItemCandidateStats => ({
  bodyChars: 400, linkChars: 0, unlikelyChars: 0, hasHeadline: true, holdsSeveral: false, hasOwnEvidence: true, hasTime: false, ...over,
});
const ctx = (over: Partial<ItemGroupContext> = {}): ItemGroupContext => ({
  pattern: 'repeated-blocks', namedAsEntries: false, detectedBodyChars: 400, overlapsDetectedBody: true, ...over,
});

describe('isItem', () => {
  it('needs a headline or a time, a body of its own, few links, and no second headline', () => {
    expect(isItem(item())).toBe(true);
    expect(isItem(item({ hasHeadline: false }))).toBe(false);
    expect(isItem(item({ hasHeadline: false, hasTime: true }))).toBe(true);
    expect(isItem(item({ bodyChars: 20 }))).toBe(false);
    expect(isItem(item({ linkChars: 300 }))).toBe(false);
    expect(isItem(item({ holdsSeveral: true }))).toBe(false);
    expect(isItem(item({ unlikelyChars: 300 }))).toBe(false);
  });
});

describe('itemListIndexes', () => {
  it('takes repeated blocks that each carry their own byline or date', () => {
    expect(itemListIndexes([item(), item(), item()], ctx())).toEqual([0, 1, 2]);
  });

  it('takes blocks marked up as entries without per-item evidence, but not sections of one article', () => {
    const plain = [item({ hasOwnEvidence: false }), item({ hasOwnEvidence: false }), item({ hasOwnEvidence: false })];
    expect(itemListIndexes(plain, ctx({ namedAsEntries: true }))).toEqual([0, 1, 2]);
    expect(itemListIndexes(plain, ctx())).toBeNull();
    expect(itemListIndexes(plain, ctx({ pattern: 'heading-sections', namedAsEntries: true }))).toBeNull();
  });

  it('two items only when both are plainly articles', () => {
    expect(itemListIndexes([item(), item()], ctx())).toEqual([0, 1]);
    expect(itemListIndexes([item(), item({ hasOwnEvidence: false })], ctx({ namedAsEntries: true }))).toBeNull();
  });

  it('leaves out an odd block (an ad in the list) but not a list that is mostly not items', () => {
    expect(itemListIndexes([item(), item(), item(), item(), item({ bodyChars: 10 })], ctx())).toEqual([0, 1, 2, 3]);
    expect(itemListIndexes([item(), item(), item(), item({ bodyChars: 10 }), item({ bodyChars: 10 })], ctx())).toBeNull();
  });

  it('refuses teaser lists and boxes beside the article', () => {
    expect(itemListIndexes([item({ bodyChars: 50 }), item({ bodyChars: 50 }), item({ bodyChars: 60 })], ctx())).toBeNull();
    expect(itemListIndexes([item(), item(), item()], ctx({ overlapsDetectedBody: false, detectedBodyChars: 3000 }))).toBeNull();
    // Far more text than the detected body: detection chose one item, or the wrong box.
    expect(itemListIndexes([item(), item(), item()], ctx({ overlapsDetectedBody: false, detectedBodyChars: 500 }))).toEqual([0, 1, 2]);
  });
});

describe('readHeadlineStack', () => {
  it('reads 引题/主题/副题 by strength', () => {
    expect(readHeadlineStack([{ rank: 3, text: '聚焦乡村振兴' }, { rank: 1, text: '我市再上新台阶' }, { rank: 2, text: '第1批项目开工' }])).toEqual({
      title: '我市再上新台阶', kicker: '聚焦乡村振兴', subtitle: '第1批项目开工',
    });
    expect(readHeadlineStack([{ rank: 2, text: 'Title' }, { rank: 2, text: 'Deck' }])).toEqual({ title: 'Title', subtitle: 'Deck' });
    expect(readHeadlineStack([{ rank: 2, text: 'Only' }])).toEqual({ title: 'Only' });
  });
});

describe('untitledEntryTitle', () => {
  it('uses the time and the first sentence, cut at a word with an ellipsis', () => {
    expect(untitledEntryTitle('10:32', 'Rescuers reached the village. More to follow.')).toBe('10:32 · Rescuers reached the village.');
    const long = untitledEntryTitle(undefined, 'Rescue teams from three provinces have been working through the night to reach the villages cut off');
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(61);
    expect(untitledEntryTitle('10时32分', '救援队已抵达灾区。')).toBe('10时32分 · 救援队已抵达灾区。');
  });

  it('knows time stamps in both languages', () => {
    for (const t of ['10:32', '10:32 GMT', '9:05 a.m.', '上午10:32', '10时32分']) expect(TIME_STAMP.test(t)).toBe(true);
    expect(TIME_STAMP.test('2022年3月31日')).toBe(false);
  });
});
