import { describe, expect, it } from 'vitest';
import { normalizeText, toInputSpan } from '../../../src/core/text/normalize';

describe('normalizeText', () => {
  it('joins CJK lines broken mid-sentence without a space', () => {
    expect(normalizeText('3月28日，荆州区弥市镇刘\n家桥村弥市灌区续建工程施工\n紧锣密鼓。').text).toBe('3月28日，荆州区弥市镇刘家桥村弥市灌区续建工程施工紧锣密鼓。');
  });

  it('joins Latin lines with a space and rejoins hyphenated words', () => {
    expect(normalizeText('The city council voted on the new bud-\nget late on Tuesday night after a long\ndebate.').text).toBe(
      'The city council voted on the new budget late on Tuesday night after a long debate.',
    );
  });

  it('drops justification spaces between ideographs but keeps them between names and Latin words', () => {
    expect(normalizeText('该 工 程 治 理 渠 道 总 长').text).toBe('该工程治理渠道总长');
    expect(normalizeText('2021 年 ，权 海 峰 在 车 间 操 作').text).toBe('2021年，权海峰在车间操作');
    expect(normalizeText('（梅闻 孙杨 罗胜华 摄）').text).toBe('（梅闻 孙杨 罗胜华 摄）');
    expect(normalizeText('New York 12 345').text).toBe('New York 12 345');
  });

  it('keeps a space printed at a line break between two names', () => {
    expect(normalizeText('本报讯（记者王子瑶 通讯员闵涛 \n陈江静）近日，市政府办公室出台方案。').text).toBe('本报讯（记者王子瑶 通讯员闵涛 陈江静）近日，市政府办公室出台方案。');
  });

  it('folds fullwidth digits and letters but not CJK punctuation', () => {
    expect(normalizeText('２０２２年ＡＢＣ，（党建＋政务）').text).toBe('2022年ABC，（党建＋政务）');
  });

  it('keeps a blank line inside a sentence from ending the paragraph', () => {
    const input = '希望广大文艺工作者心系民族复\n\n兴伟业，热忱描绘新时代新征程。\n\n第二段。';
    expect(normalizeText(input).text).toBe('希望广大文艺工作者心系民族复兴伟业，热忱描绘新时代新征程。\n\n第二段。');
  });

  it('maps every normalised character back to the input character it came from', () => {
    const input = '该 工 程\n治理２０２２年\n\n第二段。';
    const { text, map } = normalizeText(input);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') continue;
      const source = input.slice(map.starts[i], map.ends[i]);
      expect(source.normalize('NFKC')).toBe(text[i]);
    }
    const span = toInputSpan(map, { start: text.indexOf('第二段'), end: text.indexOf('第二段') + 3 });
    expect(input.slice(span.start, span.end)).toBe('第二段');
  });
});
