import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textPageBody } from '../../../src/dom/article/text-page-body';

const seed = fs.readFileSync('../shared/fixtures/seed-page.txt', 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('textPageBody', () => {
  it('takes the text of a page that is one big <pre>', () => {
    const doc = parse('<body><pre></pre></body>');
    doc.querySelector('pre')!.textContent = seed;
    expect(textPageBody(doc)).toBe(seed);
  });

  it('leaves an article with a code sample alone', () => {
    const doc = parse(`<body><article><p>${'正文段落。'.repeat(400)}</p><pre>const x = 1;</pre></article></body>`);
    expect(textPageBody(doc)).toBeNull();
  });

  it('reads a PDF.js text layer line by line, page by page', () => {
    const lines = seed.split('\n').slice(0, 60);
    const layer = (part: string[]) =>
      `<div class="textLayer">${part.map((line) => `<span>${line}</span><br role="presentation">`).join('')}</div>`;
    const doc = parse(`<body><div id="viewer"><div class="page">${layer(lines.slice(0, 30))}</div><div class="page">${layer(lines.slice(30))}</div></div></body>`);
    const text = textPageBody(doc)!;
    expect(text.split('\n').slice(0, 3)).toEqual(lines.slice(0, 3));
    expect(text).toContain(`${lines[29]}\n\n\n${lines[30]}`);
  });

  it('returns null for an ordinary article page', () => {
    expect(textPageBody(parse('<body><h1>Title</h1><p>Short text.</p></body>'))).toBeNull();
  });
});
