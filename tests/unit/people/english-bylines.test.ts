/**
 * English byline shapes of issue 11 (precision first): a job or affiliation after the names ends
 * the name list, organisation acronyms are not names, and the byline words blogs and CMSs print
 * ("Posted by", "Author:", "Posted on <date> by"). Made-up lines, one pattern per test.
 */
import { describe, expect, it } from 'vitest';
import { parseEnglishPeople, parseReportingCredit } from '../../../src/core/people/parse-english-people';
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

  it('goes on after a job title when "and" adds the next person', () => {
    expect(names('By Nadia Brook, Staff Writer, and Tomas Lind, Staff Writer')).toEqual(['Nadia Brook', 'Tomas Lind']);
    expect(names('By Nadia Brook, Senior Political Correspondent, and Tomas Lind')).toEqual(['Nadia Brook', 'Tomas Lind']);
    // Without "and" what follows the job is about the person (a place, an employer), not a co-author.
    expect(names('By Nadia Brook, Staff Writer, San Diego')).toEqual(['Nadia Brook']);
    // A job title run on after a name stays part of that name's part.
    expect(names('By Nadia Brook and Howard Blume Staff Writer')).toEqual(['Nadia Brook', 'Howard Blume']);
  });
});

describe('wire credit lines: "Reporting by …; Editing by …"', () => {
  const people = (line: string) => parseReportingCredit(line)?.map((p) => `${p.name}/${p.role}`);

  it('names the reporters and writers with their roles, never the editors', () => {
    expect(people('(Reporting by Ines Marlow in Lisbon and Kofi Mensah in Accra; Additional reporting by Pia Sand; Editing by Hugo Brandt)')).toEqual([
      'Ines Marlow/reporter',
      'Kofi Mensah/reporter',
      'Pia Sand/correspondent',
    ]);
    expect(people('Reporting by Ines Marlow; Writing by Kofi Mensah; Editing by Hugo Brandt and Lea Voss')).toEqual(['Ines Marlow/reporter', 'Kofi Mensah/author']);
    expect(people('Reporting by Ines Marlow, editing by Hugo Brandt')).toEqual(['Ines Marlow/reporter']);
  });

  it('is a credit inside the article text; a sentence about reporting is none', () => {
    const line = readCreditLine('(Reporting by Ines Marlow; Editing by Hugo Brandt)');
    expect(line.kind).toBe('credit');
    expect(line.isBodyText).toBe(true);
    expect(line.people.map((p) => p.name)).toEqual(['Ines Marlow']);
    expect(parseReportingCredit('The minister said reporting by the press was unfair.')).toBeUndefined();
    expect(readCreditLine('Reporting by Reuters staff; Editing by Hugo Brandt').people).toEqual([]);
  });
});
