import { describe, expect, it } from 'vitest';
import { leadEnd, leadText } from '../../../src/core/newspaper/lead-text';
import { readPageLines, startsParagraph } from '../../../src/core/newspaper/page-lines';

describe('leadText and leadEnd', () => {
  const lines = Array.from({ length: 10 }, (_, k) => ({ text: String(k).repeat(250) }));

  it('takes whole lines until the text reaches 600 characters', () => {
    expect(leadEnd(lines)).toBe(3);
    expect(leadText(lines)).toBe(lines[0].text + lines[1].text + lines[2].text);
  });

  it('measures a lead from any line and stops at the last line', () => {
    expect(leadEnd(lines, 8)).toBe(10);
    expect(leadText([{ text: '短文。' }])).toBe('短文。');
    expect(leadText([])).toBe('');
  });
});

describe('startsParagraph', () => {
  const full = '市政府办公室近日印发通知，要求各区县做好今年防汛工作，落实责任。';
  const short = '会议要求落实责任。';

  it('starts a paragraph after a sentence end that stops short of the column or before a blank line', () => {
    const [a, b, c, d, e] = readPageLines([full, full, short, full, '', full].join('\n'));
    expect(startsParagraph(a, b)).toBe(false);
    expect(startsParagraph(b, c)).toBe(false);
    expect(startsParagraph(c, d)).toBe(true);
    expect(startsParagraph(d, e)).toBe(true);
  });

  it('does not start a paragraph in mid-sentence, even across a blank line', () => {
    const [a, b] = readPageLines(['市政府办公室近日印发通知，要求各区县做好今年防汛工作，落实', '', '责任到人。'].join('\n'));
    expect(startsParagraph(a, b)).toBe(false);
  });
});
