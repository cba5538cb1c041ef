import { describe, expect, it } from 'vitest';
import { composeParagraphs } from '../../../src/core/text/compose-paragraphs';

/** Input spans of the lines of `input` given as [first, last] line numbers per paragraph. */
function paragraphsOf(input: string, groups: Array<[number, number]>) {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of input.split('\n')) {
    lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return groups.map(([first, last]) => ({ lines: lines.slice(first, last + 1) }));
}

describe('composeParagraphs', () => {
  it('joins the lines of a paragraph and separates paragraphs by one blank line mapped to where the next starts', () => {
    const input = '市政府办公室近日印\n发通知。\n\n会议要求落实责任。';
    const composed = composeParagraphs(input, paragraphsOf(input, [[0, 1], [3, 3]]));
    expect(composed.text).toBe('市政府办公室近日印发通知。\n\n会议要求落实责任。');
    const next = input.indexOf('会议');
    expect([composed.map.starts[13], composed.map.ends[14]]).toEqual([next, next]);
  });

  it('keeps the spaces between names and drops justification spaces around lone characters', () => {
    const input = '记者 王子瑶 通讯员 闵涛\n该 工 程 已完工。';
    const composed = composeParagraphs(input, paragraphsOf(input, [[0, 0], [1, 1]]));
    expect(composed.text).toBe('记者 王子瑶 通讯员 闵涛\n\n该工程已完工。');
  });

  it('skips empty paragraphs without leaving a blank line for them', () => {
    const input = '第一段。\n第二段。';
    const [first, second] = paragraphsOf(input, [[0, 0], [1, 1]]);
    expect(composeParagraphs(input, [{ lines: [] }, first, { lines: [] }, second]).text).toBe('第一段。\n\n第二段。');
  });
});
