/**
 * English bylines and credits: "By Jane Doe and John Roe, Associated Press",
 * "Photographs by X", "Edited by X", "Jane Doe contributed reporting".
 */
import type { Person, PersonRole } from '../model';

/** Words that mark an organisation or a job title rather than a person's name. */
const NOT_A_NAME =
  /\b(press|reuters|agence|france|afp|associated|bloomberg|times|post|news|journal|staff|writer|reporter|correspondent|editor|agency|service|bureau|daily|herald|tribune|guardian|global|xinhua|gazette|wire|contributed|reporting|and|board|editorial|editors|desk|newsroom|staffers)\b|^the\s/i;

// Words of an affiliation or a job printed after the names ("Jane Doe, Senior Staff Technologist,
// ACLU Speech, Privacy, and Technology Project"; "John Roe, Professor of History, Leeds University").
const AFFILIATION =
  /\b(?:project|institute|university|college|school|foundation|cent(?:er|re)|association|council|society|department|ministry|committee|commission|laborator(?:y|ies)|group|company|inc|ltd|llc|corp(?:oration)?|magazine|network|media|online|digital|technologist|engineer|developer|designer|evangelist|strategist|analyst|professor|lecturer|director|manager|fellow|researcher|scientist|student|intern|producer|host|anchor|photographer|contributor|columnist|critic|blogger|founder|president|officer|chair(?:man|woman)?|ceo|cto|head|deputy|team)\b/iu;
// An acronym of three or more capitals beside a capitalised word is an organisation ("ACLU Speech",
// "NASA Goddard"), not a given name and surname.
const ACRONYM = /\b\p{Lu}{3,}\b/u;

// A job title run on after the name: "Howard Blume Staff Writer", "Jane Doe, Senior Reporter".
const JOB_TITLE = /\s+(?:(?:staff|senior|contributing|special|chief|foreign|political)\s+)*(?:writer|reporter|editor|correspondent|contributor|columnist)s?$/iu;

// A part that is only a job title ("Staff Writer", "Senior Political Correspondent", "Reporters"):
// up to three words before the job noun.
const JOB_ONLY = /^(?:[\p{L}.'’-]+\s+){0,3}(?:writer|reporter|editor|correspondent|contributor|columnist|photographer|producer|engineer|developer|designer|analyst|strategist|evangelist)s?$/iu;

// A date printed in the byline ("Wednesday January 18, 2017 by …") is not a name. April, May,
// June and August are left out: they are given names too.
const CALENDAR_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|july|september|october|november|december)\b/iu;

/**
 * A capitalised personal name of 2–5 words in any Latin letters (Cécile), initials and particles
 * such as "de la", "van der", "dos", "ibn" allowed ("Mary Ann de la Cruz").
 */
const EN_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|das|do|dos|del|della|di|du|van|von|der|den|ter|ten|la|le|bin|bint|ibn|al|el|y)){1,4}$/u;

const ROLE_PREFIXES: Array<[RegExp, PersonRole]> = [
  [/^\s*(photographs?|photos?|pictures?|images?)\s*(by|:)\s*/i, 'photographer'],
  [/^\s*(edited by|editor:|editing by)\s*/i, 'editor'],
  [/^\s*(reporting by)\s*/i, 'reporter'],
  // "By:", "Written by", "Text and photos by", and the same word in the languages of the sets (Par, Von, Por, Door).
  [/^\s*(?:(?:written|words|story|text|posted|reported|authored|compiled|report|article|column|review|interview|essay|opinion|analysis|commentary|perspective|photo essay)(?:\s+and\s+(?:photos?|photographs|pictures|images|video))?\s+)?by\s*[:：]?\s+/i, 'reporter'],
  // "Author: Jane Doe", "Authors: Jane Doe and John Roe", "Autor: …", "Auteur : …".
  [/^\s*(?:authors?|autor(?:in|en)?|auteurs?|autores?)\s*[:：]\s*/iu, 'author'],
  [/^\s*(?:[Pp]ar|[Vv]on|[Pp]or|[Dd]oor)\s+(?=\p{Lu})/u, 'reporter'],
];

// What a byline says after the names: "Michael Larabel in Valve on 1 June 2019", "Jane Doe | Updated 3h ago".
// An e-mail address or a social handle after the name ("Jane Doe jane.doe@paper.com", "Jane Doe @janedoe") ends the names too.
const AFTER_NAMES = /\s+(?:in|on|at|for|updated|published|posted|last)\s.*$|\s*[|•·](?:\s.*)?$|\s+[-–—]\s.*$|\s*\d.*$|\s+\S+@\S+.*$|\s+@\w.*$/iu;

const GLUED = /(\p{Ll})((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Updated|Published|Posted)\b)/gu;

/** People named by an English byline or credit line; unknown shapes give an empty list. */
export function parseEnglishPeople(text: string): Person[] {
  const line = text.trim().replace(/^[-–—\s]+/, '');
  let role: PersonRole | null = null;
  let rest = line;
  for (const [prefix, prefixRole] of ROLE_PREFIXES) {
    const match = prefix.exec(line);
    if (match) {
      role = prefixRole;
      rest = line.slice(match[0].length);
      break;
    }
  }
  const contributed = /^(.*?)\s+contributed( reporting)?/i.exec(rest);
  if (role === null && contributed) {
    role = 'correspondent';
    rest = contributed[1];
  }
  if (role === null) {
    const credit = /^(.*?)\s*[/|]\s*(AP|Reuters|AFP|Getty Images|[A-Z][a-z]+ Press)\s*$/.exec(rest);
    if (!credit) return [];
    role = 'photographer';
    rest = credit[1];
  }
  const roleNow: PersonRole = role;
  // Inline pieces printed without a space between them ("Jane DoeApril 7, 2021", "Jane DoeUpdated"):
  // a month, weekday or stamp word glued to a lower-case letter starts a new piece.
  rest = rest.replace(GLUED, '$1 | $2').replace(AFTER_NAMES, '');
  // "Jane Doe and John Roe, Associated Press": the names come before the affiliation. Each part
  // keeps whether an "and" joined it to the one before (the list of people goes on).
  const pieces = rest.split(/(\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*)/i);
  const parts: Array<{ text: string; joined: boolean; job: boolean }> = [];
  for (let k = 0; k < pieces.length; k += 2) {
    const raw = pieces[k].replace(/\s*(\/.*|\(.*\))$/, '').trim();
    const text = raw.replace(JOB_TITLE, '').trim();
    // "Jane Doe, Staff Writer": a job title alone, after its own comma.
    if (raw) parts.push({ text: text || raw, joined: k > 0 && /and|&/i.test(pieces[k - 1]), job: JOB_ONLY.test(raw) && !(text && EN_NAME.test(text) && !NOT_A_NAME.test(text) && !AFFILIATION.test(text)) });
  }
  const people: Person[] = [];
  let afterJob = false;
  for (const { text: part, joined, job } of parts) {
    const notName = NOT_A_NAME.test(part) || CALENDAR_WORD.test(part) || AFFILIATION.test(part) || (ACRONYM.test(part) && part !== part.toUpperCase()) || !EN_NAME.test(part);
    // "By Jane Doe, Staff Writer, and John Roe, Staff Writer": a job title of its own after a name
    // ends the names only until an "and" adds the next person.
    if (job && people.length) {
      afterJob = true;
      continue;
    }
    // The names come first; once a job or an affiliation follows them, the rest is about them
    // ("…, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project").
    if ((notName || (afterJob && !joined)) && people.length) break;
    if (notName) continue;
    afterJob = false;
    people.push({ name: part, role: roleNow });
  }
  return people;
}

// A wire story's credit line, usually in brackets at its end: "(Reporting by Jane Doe in London and
// John Roe in Paris; Additional reporting by Ann Poe; Writing by Max Muster; Editing by Mark Potter)".
const REPORTING_CREDIT = /^\s*[([]?\s*(?:additional\s+)?(?:reporting|writing)\s+by\s/iu;
const CREDIT_ROLE: Array<[RegExp, PersonRole | null]> = [
  [/^additional\s+reporting\s+by\s+/iu, 'correspondent'],
  [/^reporting\s+by\s+/iu, 'reporter'],
  [/^writing\s+by\s+/iu, 'author'],
  // Editors, graphics and production are not authors: their segment names nobody.
  [/^(?:editing|edited|graphics?|design|production|fact-checking)\s+by\s+/iu, null],
];
// The filing place after a name: "Jane Doe in London", "John Roe in New York".
const FILED_IN = /\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu;

/**
 * The reporters and writers of a "Reporting by …; Editing by …" credit line, with their roles;
 * undefined when the line is not one. The editors it names are left out.
 */
export function parseReportingCredit(text: string): Person[] | undefined {
  if (!REPORTING_CREDIT.test(text) || text.length > 300) return undefined;
  const people: Person[] = [];
  for (const segment of text.trim().replace(/^[([]\s*|\s*[)\]][.\s]*$/gu, '').split(/\s*;\s*|\s*,\s*(?=(?:additional\s+reporting|reporting|writing|editing|edited)\s+by\s)/iu)) {
    const rule = CREDIT_ROLE.find(([prefix]) => prefix.test(segment));
    if (!rule || !rule[1]) continue;
    const names = segment.replace(rule[0], '').replace(FILED_IN, '');
    for (const p of parseEnglishPeople(`By ${names}`)) if (!people.some((q) => q.name === p.name)) people.push({ name: p.name, role: rule[1] });
  }
  return people;
}
