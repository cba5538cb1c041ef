import { describe, expect, it } from 'vitest';
import { splitSentences, splitWords, splitWordsFallback } from '../../../src/core/text/segment';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const words = (text: string) => splitWords(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits Chinese at 。！？ and keeps closing quotes in their sentence', () => {
    expect(sentences('“判断不会错的，再试一次吧。”顶着压力，他成功了！真的吗？……好。')).toEqual([
      '“判断不会错的，再试一次吧。”',
      '顶着压力，他成功了！',
      '真的吗？……',
      '好。',
    ]);
  });

  it('does not end an English sentence at common abbreviations, initials or decimals', () => {
    expect(sentences('Mr. Smith met Dr. Jones at 3.5 p.m. in Washington. John F. Kennedy spoke. It rained!')).toEqual([
      'Mr. Smith met Dr. Jones at 3.5 p.m. in Washington.',
      'John F. Kennedy spoke.',
      'It rained!',
    ]);
  });

  it('ends a sentence at a line break', () => {
    expect(sentences('习近平论中国梦\n希望广大文艺工作者心系民族复兴伟业。')).toEqual(['习近平论中国梦', '希望广大文艺工作者心系民族复兴伟业。']);
  });
});

describe('splitWords', () => {
  it('returns word spans for Chinese and English without punctuation', () => {
    const result = words('推进会上强调，Hello world.');
    expect(result).toContain('强调');
    expect(result).toContain('Hello');
    expect(result).not.toContain('，');
  });

  it('falls back to one span per ideograph and per Latin word', () => {
    const text = '普法 work-day';
    expect(splitWordsFallback(text).map((s) => text.slice(s.start, s.end))).toEqual(['普', '法', 'work', 'day']);
  });
});
