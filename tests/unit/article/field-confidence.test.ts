import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { FACT_THRESHOLD, detectedFacts, isConfident, isConfidentDetection, scoreField } from '../../../src/core/article/field-confidence';
import { agreementChecks, dateConflicts, dateShapeChecks, nameChecks, type SourcedValue } from '../../../src/core/article/field-checks';
import { scoreArticleFields } from '../../../src/core/article/score-article-fields';
import { FieldEvidenceSchema } from '../../../src/core/article/field-confidence-schema';
import type { Person } from '../../../src/core/model';

describe('scoreField', () => {
  it('starts from the source and adds the weight of each check, keeping the source first in the evidence', () => {
    const plain = scoreField('authors', 'text-byline');
    const checked = scoreField('authors', 'text-byline', ['role-word', 'near-headline', 'surname']);
    expect(checked.score).toBeGreaterThan(plain.score);
    expect(checked.evidence).toEqual(['text-byline', 'role-word', 'near-headline', 'surname']);
    expect(scoreField('authors', 'text-byline', ['no-surname', 'far-from-headline']).score).toBeLessThan(plain.score);
  });

  it('weighs prefixed checks by their prefix and clamps to 0–1', () => {
    expect(scoreField('date', 'json-ld', ['agrees:og']).score).toBeGreaterThan(scoreField('date', 'json-ld').score);
    expect(scoreField('date', 'json-ld', ['conflicts:og']).score).toBeLessThan(scoreField('date', 'json-ld').score);
    expect(scoreField('title', 'founder-comment', ['agrees:og', 'agrees:json-ld', 'matches-headline']).score).toBe(1);
    expect(scoreField('body', 'scored-blocks', ['not-article-like', 'not-article-like']).score).toBeGreaterThanOrEqual(0);
  });

  it('trusts a page <title> alone less than the threshold, and a site-owner guess too', () => {
    expect(scoreField('title', 'html-title').score).toBeLessThan(FACT_THRESHOLD);
    expect(scoreField('title', 'html-title', ['matches-headline']).score).toBeGreaterThanOrEqual(FACT_THRESHOLD);
    expect(scoreField('authors', 'site-owner').score).toBeLessThan(FACT_THRESHOLD);
    expect(scoreField('authors', 'an-unknown-source').score).toBeLessThan(FACT_THRESHOLD);
  });
});

describe('isConfident / detectedFacts', () => {
  it('says which stored fields are facts; fields without a score and records without scores are trusted', () => {
    const record = { confidence: { title: 0.9, authors: 0.45, date: 0.6 } };
    expect(isConfident(record, 'title')).toBe(true);
    expect(isConfident(record, 'authors')).toBe(false);
    expect(isConfident(record, 'date')).toBe(true);
    expect(isConfident(record, 'publication')).toBe(true);
    expect(isConfident({}, 'authors')).toBe(true);
  });

  it('leaves unsure detected fields empty except the headline, without changing the input', () => {
    const article = {
      title: 'From <title>',
      authors: [{ name: 'Site Owner', role: 'author' as const }],
      date: '2022-03-31',
      publication: 'The Paper',
      fieldConfidence: {
        title: { score: 0.45, evidence: ['html-title'] },
        authors: { score: 0.45, evidence: ['site-owner'] },
        date: { score: 0.55, evidence: ['text-credit'] },
        publication: { score: 0.8, evidence: ['og'] },
        body: { score: 0.4, evidence: ['scored-blocks', 'not-article-like'] },
      },
    };
    expect(isConfidentDetection(article, 'body')).toBe(false);
    expect(isConfidentDetection(article, 'kicker')).toBe(true);
    const facts = detectedFacts(article);
    expect(facts.authors).toEqual([]);
    expect('date' in facts).toBe(false);
    expect(facts.title).toBe('From <title>');
    expect(facts.publication).toBe('The Paper');
    expect(article.authors).toHaveLength(1);
  });
});

describe('field checks', () => {
  it('checks Chinese names against the surname list and Latin names for a given name and surname', () => {
    expect(nameChecks([{ name: '王大玲', role: 'reporter' }, { name: '欧阳修文', role: 'author' }])).toEqual(['surname']);
    expect(nameChecks([{ name: '分享', role: 'author' }])).toEqual(['no-surname']);
    expect(nameChecks([{ name: 'Jane Doe', role: 'author' }])).toEqual(['full-name']);
    expect(nameChecks([{ name: 'admin', role: 'author' }])).toEqual(['single-word']);
    expect(nameChecks([])).toEqual([]);
  });

  it('finds sources that agree on a value: same day for dates, same names in any order, a title with its site suffix', () => {
    const dates = [
      { value: '2022-03-31T10:00:00+08:00', source: 'json-ld' },
      { value: '2022-03-31', source: 'og' },
      { value: '2022-04-02', source: 'text-meta' },
    ];
    expect(agreementChecks(dates[0], dates)).toEqual(['agrees:og']);
    expect(dateConflicts(dates[2], dates, ['json-ld', 'og'])).toEqual(['conflicts:json-ld', 'conflicts:og']);
    expect(dateConflicts({ value: '2022-03', source: 'text-meta' }, dates, ['json-ld'])).toEqual([]);
    const people: SourcedValue<Person[]>[] = [
      { value: [{ name: 'Li Wei', role: 'author' }, { name: 'Jane Doe', role: 'author' }], source: 'json-ld' },
      { value: [{ name: 'Jane Doe', role: 'reporter' }, { name: 'Li Wei', role: 'reporter' }], source: 'text-byline' },
    ];
    expect(agreementChecks(people[0], people)).toEqual(['agrees:text-byline']);
    const titles = [
      { value: 'City council approves river cleanup plan', source: 'og' },
      { value: 'City council approves river cleanup plan | The Courier', source: 'html-title' },
      { value: 'Weather', source: 'headline' },
    ];
    expect(agreementChecks(titles[0], titles)).toEqual(['agrees:html-title']);
    expect(dateShapeChecks('1998-03')).toEqual(['month-only']);
    expect(dateShapeChecks('2022-03-31T10:00:00Z')).toEqual(['has-time']);
  });
});

describe('scoreArticleFields', () => {
  it('scores each picked field; byline position checks count only for text bylines', () => {
    const table = {
      authors: [{ value: [{ name: '王大玲', role: 'reporter' as const }], source: 'json-ld' }],
      date: [{ value: '2022-03-31', source: 'json-ld' }, { value: '2022-03-31', source: 'url' }],
    };
    const scored = scoreArticleFields(table, {
      authors: { value: table.authors[0].value, source: 'json-ld' },
      date: { value: '2022-03-31', source: 'json-ld' },
      body: { source: 'scored-blocks', articleConfidence: 0.9 },
      authorChecks: ['near-headline'],
    });
    expect(scored.authors?.evidence).toEqual(['json-ld', 'surname']);
    expect(scored.date?.evidence).toEqual(['json-ld', 'agrees:url']);
    expect(scored.body?.evidence).toEqual(['scored-blocks', 'article-like']);
    expect(scored.title).toBeUndefined();
  });
});

describe('FieldEvidenceSchema', () => {
  it('accepts tags per known field and refuses unknown fields, too many or too long tags', () => {
    expect(v.safeParse(FieldEvidenceSchema, { title: ['og', 'matches-headline'], body: ['scored-blocks'] }).success).toBe(true);
    expect(v.safeParse(FieldEvidenceSchema, { bogus: ['og'] }).success).toBe(false);
    expect(v.safeParse(FieldEvidenceSchema, { title: Array(17).fill('og') }).success).toBe(false);
    expect(v.safeParse(FieldEvidenceSchema, { title: ['x'.repeat(61)] }).success).toBe(false);
  });
});
