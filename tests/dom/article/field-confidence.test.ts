import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/dom/article/detect-article';
import { isConfidentDetection } from '../../../src/core/article/field-confidence';

const page = (head: string, body: string): Document => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells the reader what happened at the council meeting on Thursday, who spoke, and what was decided about the river.</p>`).join('');

describe('detectArticle field confidence', () => {
  it('keeps the source and the checks of every field as evidence', () => {
    const doc = page(
      '<title>Council approves river plan | The Courier</title><meta property="og:title" content="Council approves river plan"><meta property="article:published_time" content="2022-03-31T10:20:00+08:00">',
      `<article><h1>Council approves river plan</h1><p class="byline">By Jane Doe</p>${PROSE}</article>`,
    );
    const a = detectArticle(doc, 'https://courier.example/2022/03/31/river-plan');
    expect(a.fieldConfidence.title?.evidence).toEqual(expect.arrayContaining(['og', 'matches-headline']));
    expect(a.fieldConfidence.authors?.evidence).toEqual(expect.arrayContaining(['text-byline', 'role-word', 'near-headline', 'full-name']));
    expect(a.fieldConfidence.date?.evidence).toEqual(expect.arrayContaining(['og', 'agrees:url']));
    expect(a.fieldConfidence.body?.evidence[0]).toBe('scored-blocks');
    for (const field of ['title', 'authors', 'date', 'body'] as const) expect(isConfidentDetection(a, field)).toBe(true);
  });

  it('scores a title from <title> alone and a name without a role word below the threshold', () => {
    const doc = page('<title>Notes from the river - Some Site</title>', `<div><p>Notes</p><div>分享</div>${PROSE}</div>`);
    const a = detectArticle(doc, 'https://site.example/notes');
    expect(a.title).toBe('Notes from the river');
    expect(a.fieldConfidence.title?.evidence).toEqual(['html-title', 'cleaned']);
    expect(isConfidentDetection(a, 'title')).toBe(false);
  });

  it('has no entry for a field it did not detect', () => {
    const a = detectArticle(page('', PROSE), 'https://site.example/x');
    expect(a.date).toBeUndefined();
    expect(a.fieldConfidence.date).toBeUndefined();
    expect(a.fieldConfidence.authors).toBeUndefined();
  });
});
