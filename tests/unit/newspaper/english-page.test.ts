import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../src/core/newspaper/segment-page';
import { scoreSegmentation, type ExpectedItem } from '../../../src/core/newspaper/score-segmentation';

const dir = 'tests/fixtures/newspaper';
const text = readFileSync(`${dir}/english-page.txt`, 'utf8');
const expected = JSON.parse(readFileSync(`${dir}/english-page.expected.json`, 'utf8')).items as ExpectedItem[];
const result = segmentPage(text);

describe('segmentPage on an English page', () => {
  it('assigns every line to its item and attaches both headlines', () => {
    const score = scoreSegmentation(text, result, expected);
    expect(score.bcubedF1).toBe(1);
    expect(score.headlinesAttached).toBe(score.headlinesExpected);
  });

  it('reads the people of the byline and the photo credit with their roles', () => {
    const score = scoreSegmentation(text, result, expected);
    expect(score.peopleFound).toBe(score.peopleExpected);
  });

  it('reads the continuation markers and the kinds of the items', () => {
    expect(result.items.map((item) => item.kind)).toEqual(['article', 'photo', 'article', 'continuation']);
    expect(result.items[0].continuedTo).toBe('Page A6');
    expect(result.items[3].continuedFrom).toBe('Page A1');
  });

  it('separates the deck from the title and rejoins the hyphenated words in the body', () => {
    expect(result.items[0].title).toBe('Senate Approves Flood Relief Package');
    expect(result.items[0].subtitle).toBe('Measure sends $4 billion to river towns hit by spring storms');
    expect(result.items[0].bodyText).toContain('sending the measure to the House');
    expect(result.items[2].bodyText).toContain('on Thursday evening');
  });

  it('does not end sentences at Sen., Mr. or p.m.', () => {
    const sentences = result.items[0].bodySentences.map((span) => result.items[0].bodyText.slice(span.start, span.end));
    expect(sentences).toContain('The vote was 71 to 27.');
    expect(sentences.some((sentence) => sentence.startsWith('Sen. Maria Alvarez, who wrote much of the bill'))).toBe(true);
  });
});
