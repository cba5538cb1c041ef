import { describe, expect, it } from 'vitest';
import { snapRangeToWords, snapSpan } from '../../../src/dom/selection/snap-to-words';
import { sentenceRangeAt } from '../../../src/dom/selection/sentence-at';

function textRange(node: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

describe('snapSpan', () => {
  it('extends a span that starts and ends inside words to the whole words', () => {
    const text = 'The highlighter works';
    expect(snapSpan(text, [{ start: 0, end: 3 }, { start: 4, end: 15 }, { start: 16, end: 21 }], 6, 18)).toEqual({ start: 4, end: 21 });
  });

  it('trims whitespace at either end', () => {
    expect(snapSpan('  word  ', [{ start: 2, end: 6 }], 0, 8)).toEqual({ start: 2, end: 6 });
  });
});

describe('snapRangeToWords', () => {
  it('turns a drag from mid-word into whole English words', () => {
    document.body.innerHTML = '<p>Readers highlight newspapers every day.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    expect(snapRangeToWords(textRange(text, 10, 22)).toString()).toBe('highlight newspapers');
  });

  it('keeps a selection that already covers whole words unchanged', () => {
    document.body.innerHTML = '<p>市政府办公室出台方案</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const snapped = snapRangeToWords(textRange(text, 0, 5)).toString();
    expect(snapped.startsWith('市政府')).toBe(true);
    expect(snapped.length).toBeGreaterThanOrEqual(5);
  });
});

describe('sentenceRangeAt', () => {
  it('returns the Chinese sentence around the caret with its closing quote', () => {
    document.body.innerHTML = '<p>第一句话。他说：“第二句话。”第三句。</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    expect(sentenceRangeAt(text, 8)!.toString()).toBe('他说：“第二句话。”');
  });

  it('follows a sentence across inline markup', () => {
    document.body.innerHTML = '<p>One short sentence. Another <b>bold</b> sentence here. Last.</p>';
    const bold = document.querySelector('b')!.firstChild as Text;
    expect(sentenceRangeAt(bold, 1)!.toString()).toBe('Another bold sentence here.');
  });
});

// The block text is the anchoring text model's: a <br> is a line break, as the reader sees it.
describe('line breaks (<br>) inside a block', () => {
  it('snaps a drag inside the word before a <br> to that word only', () => {
    document.body.innerHTML = '<p>Paid<br>subscribers</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    expect(snapRangeToWords(textRange(text, 1, 4)).toString()).toBe('Paid');
  });

  it('ends the sentence at a <br> that carries no punctuation', () => {
    document.body.innerHTML = '<p>第一段结束<br>第二段开始。</p>';
    const [first, second] = [...document.querySelector('p')!.childNodes].filter((n) => n.nodeType === 3) as Text[];
    expect(sentenceRangeAt(first, 2)!.toString()).toBe('第一段结束');
    expect(sentenceRangeAt(second, 2)!.toString()).toBe('第二段开始。');
  });

  it('finds no sentence for a caret in content the text model skips', () => {
    document.body.innerHTML = '<div><p>Visible text.</p><textarea>Typed text.</textarea></div>';
    const typed = document.querySelector('textarea')!.firstChild as Text;
    expect(sentenceRangeAt(typed, 2)).toBeNull();
  });
});
