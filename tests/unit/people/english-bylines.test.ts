/**
 * English byline shapes of issue 11 (precision first): a job or affiliation after the names ends
 * the name list, organisation acronyms are not names, and the byline words blogs and CMSs print
 * ("Posted by", "Author:", "Posted on <date> by"). Made-up lines, one pattern per test.
 */
import { describe, expect, it } from 'vitest';
import { parseEnglishPeople } from '../../../src/core/people/parse-english-people';
import { readCreditLine } from '../../../src/core/article/read-credit-line';

const names = (line: string): string[] => parseEnglishPeople(line).map((p) => p.name);

describe('English bylines', () => {
  it('stops at the job title or affiliation printed after the names', () => {
    expect(names('By Rosa Delgado, Senior Policy Analyst, EFF Civil Liberties, Privacy, and Security Project')).toEqual(['Rosa Delgado']);
    expect(names('By Owen Marsh, Professor of History, Keele University')).toEqual(['Owen Marsh']);
    expect(names('By Lena Fischer and Ravi Menon, The Northern Herald')).toEqual(['Lena Fischer', 'Ravi Menon']);
  });

  it('keeps a plain list of co-authors, commas and "and" alike', () => {
    expect(names('By Amy Chen, Bruno Alves and Carla Ruiz')).toEqual(['Amy Chen', 'Bruno Alves', 'Carla Ruiz']);
    expect(names('BY PETER NYGAARD')).toEqual(['PETER NYGAARD']);
  });

  it('does not take an organisation with an acronym for a person', () => {
    expect(names('By NASA Goddard')).toEqual([]);
    expect(names('By Hal Morton, WHO Europe')).toEqual(['Hal Morton']);
  });

  it('reads "Posted by", "Reported by" and an "Author:" label', () => {
    expect(names('Posted by Greta Holm')).toEqual(['Greta Holm']);
    expect(names('Reported By Samir Haddad')).toEqual(['Samir Haddad']);
    expect(names('Author: Ines Varga')).toEqual(['Ines Varga']);
  });
});

describe('readCreditLine with English bylines', () => {
  it('reads a blog line that prints the date before the names', () => {
    const line = readCreditLine('Posted on March 3, 2016 by Tobias Lindgren');
    expect(line.kind).toBe('byline');
    expect(line.people.map((p) => p.name)).toEqual(['Tobias Lindgren']);
    expect(line.date).toBe('2016-03-03');
  });

  it('reads "Written By" in any capitalisation and leaves "posted by" in a sentence alone', () => {
    expect(readCreditLine('Written By Mei Tanaka').people.map((p) => p.name)).toEqual(['Mei Tanaka']);
    expect(readCreditLine('The video, which was posted by a neighbour, shows the fire spreading to the roof of the school.').kind).toBe('none');
  });
});
