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

  // Issue 11, second round: shapes seen on news pages outside the benchmark sets.
  it('reads the serial comma and an upper-case "AND" as separators', () => {
    expect(names('By Amy Chen, Bruno Alves, and Carla Ruiz')).toEqual(['Amy Chen', 'Bruno Alves', 'Carla Ruiz']);
    expect(names('BY AMY CHEN AND BRUNO ALVES |')).toEqual(['AMY CHEN', 'BRUNO ALVES']);
  });

  it('keeps the person of an agency byline, not the agency', () => {
    expect(names('By Omar Haddad, The Associated Press')).toEqual(['Omar Haddad']);
    expect(names('By Omar Haddad | Reuters')).toEqual(['Omar Haddad']);
  });

  it('names no person for an organisation in the byline', () => {
    for (const line of ['By The Editorial Board', 'By the Metro Desk', 'By Northern Herald Staff', 'By Reuters']) expect(names(line)).toEqual([]);
  });

  it('ends the names at an e-mail address, a handle or a glued date', () => {
    expect(names('By Omar Haddad omar.haddad@herald.example')).toEqual(['Omar Haddad']);
    expect(names('By Omar Haddad @ohaddad')).toEqual(['Omar Haddad']);
    expect(names('By Omar HaddadApril 7, 2021')).toEqual(['Omar Haddad']);
    expect(names('By Omar HaddadUpdated 3 hours ago')).toEqual(['Omar Haddad']);
  });

  it('knows name particles and five-word names', () => {
    expect(names('By Mary Ann de la Cruz')).toEqual(['Mary Ann de la Cruz']);
    expect(names('By Pieter van der Berg and Ana dos Santos')).toEqual(['Pieter van der Berg', 'Ana dos Santos']);
  });

  it('reads opinion, analysis and "text and photos by" bylines', () => {
    expect(names('Opinion by Omar Haddad')).toEqual(['Omar Haddad']);
    expect(names('Analysis by Omar Haddad, CNN')).toEqual(['Omar Haddad']);
    expect(names('Text and photos by Omar Haddad')).toEqual(['Omar Haddad']);
    expect(readCreditLine('Text and photos by Omar Haddad').kind).toBe('byline');
  });
});
