/**
 * A byline as a paper prints it, in Chinese or English: the people grouped by role, each role
 * word once, the groups in the order the people came (the first person of a role places the
 * group). 通讯员 石建芬、寇涛 — not 通讯员 石建芬、通讯员 寇涛; "By Jane Doe and Ann Lee;
 * photographs by Tom Poe". The one formatter of printed bylines: the book's header and its
 * HTML, EPUB and Markdown exports (through bylineOf). Not the popup's article heading, which
 * names each detected person's role in the interface's words for the reader to check and
 * correct, nor the data exports (CSV, Markdown front matter), which list names.
 */
import type { Person, PersonRole } from '../model';

export type BylineLanguage = 'zh' | 'en';

/** How one role's group is written: the names between a phrase before and after them. */
interface GroupWords {
  before: string;
  after: string;
}

// Chinese papers print the role word before the names (记者 王大玲 通讯员 刘天华); a plain author
// stands by name only. English prints "By" before the writers (the parser reads "By X" as a
// reporter and "Author: X" as an author: both are the writers, one group) and the credits after.
const WORDS: Record<BylineLanguage, Record<PersonRole, GroupWords>> = {
  zh: {
    reporter: { before: '记者 ', after: '' },
    correspondent: { before: '通讯员 ', after: '' },
    photographer: { before: '摄影 ', after: '' },
    editor: { before: '编辑 ', after: '' },
    author: { before: '', after: '' },
  },
  en: {
    reporter: { before: 'by ', after: '' },
    author: { before: 'by ', after: '' },
    correspondent: { before: '', after: ' contributed reporting' },
    photographer: { before: 'photographs by ', after: '' },
    editor: { before: 'edited by ', after: '' },
  },
};

/** "A", "A and B", "A, B and C" (the names of one group in English). */
function englishList(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The language a byline is written in for a language tag: Chinese for zh*, else English. */
export function bylineLanguage(tag: string | undefined): BylineLanguage {
  return /^zh\b/iu.test(tag ?? '') ? 'zh' : 'en';
}

/**
 * The byline of `people` in `language`. Names are trimmed, empty ones left out; people with the
 * same words (English reporters and authors are both "by") share one group.
 */
export function formatByline(people: readonly Person[], language: BylineLanguage): string {
  const words = WORDS[language];
  const groups = new Map<string, { words: GroupWords; names: string[] }>();
  for (const person of people) {
    const name = person.name.trim();
    if (!name) continue;
    const w = words[person.role] ?? words.author;
    const key = `${w.before}\u0000${w.after}`;
    const group = groups.get(key) ?? { words: w, names: [] };
    if (!group.names.includes(name)) group.names.push(name);
    groups.set(key, group);
  }
  const parts = [...groups.values()].map(({ words: w, names }) => w.before + (language === 'zh' ? names.join('、') : englishList(names)) + w.after);
  if (language === 'zh') return parts.join(' ');
  const line = parts.join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
