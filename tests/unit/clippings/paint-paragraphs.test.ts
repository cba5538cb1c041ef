import { describe, expect, it } from 'vitest';
import { paintParagraphs, paragraphSpans } from '../../../src/core/clippings/paint-paragraphs';
import type { Highlight } from '../../../src/core/model';

function hl(id: string, exact: string, createdAt: number, prefix = '', suffix = ''): Pick<Highlight, 'id' | 'exact' | 'selectors' | 'createdAt'> {
  return { id, exact, createdAt, selectors: [{ type: 'TextQuoteSelector', exact, prefix, suffix }] };
}

const BODY = '第一段，江汉油田的清晨。\n\n第二段：整改32台高耗能设备，废弃井在哪里。\n\n　\n\n第三段 We’d say so.';

describe('paintParagraphs', () => {
  it('splits paragraphs at blank lines (a full-width space line is blank too)', () => {
    expect(paragraphSpans(BODY).map((s) => BODY.slice(s.start, s.end))).toEqual(['第一段，江汉油田的清晨。', '第二段：整改32台高耗能设备，废弃井在哪里。', '第三段 We’d say so.']);
  });

  it('paints each highlight where its quote is, newest on top where they overlap, text unchanged', () => {
    const painted = paintParagraphs(BODY, [hl('b', '高耗能设备，废弃井', 2), hl('a', '整改32台高耗能', 1), hl('gone', '不在正文里的句子', 3)]);
    const second = painted.paragraphs[1];
    expect(second.runs.map((r) => r.text).join('')).toBe('第二段：整改32台高耗能设备，废弃井在哪里。');
    expect(second.runs.map((r) => [r.text, r.highlightIds])).toEqual([
      ['第二段：', []],
      ['整改32台', ['a']],
      ['高耗能', ['a', 'b']],
      ['设备，废弃井', ['b']],
      ['在哪里。', []],
    ]);
    expect(painted.notFound).toEqual(['gone']);
  });

  it('uses the stored context to pick the right one of two equal passages', () => {
    const body = '甲说：好的。\n\n乙说：好的。';
    const painted = paintParagraphs(body, [hl('x', '好的', 1, '乙说：', '。')]);
    expect(painted.paragraphs[0].runs.every((r) => r.highlightIds.length === 0)).toBe(true);
    expect(painted.paragraphs[1].runs.find((r) => r.highlightIds.includes('x'))?.text).toBe('好的');
  });
});
