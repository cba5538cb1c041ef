/**
 * Japanese bylines (issue 11): a role label, a separator and the name — 文＝山田太郎, 取材・文／鈴木一郎,
 * 執筆：高橋真一, 記者：渡辺光, 文●伊藤健, （文・写真：吉田 陽子）, ライター：田中美咲 — several in one line
 * ("文：X 写真：Y"). The Chinese byline reader does not know these labels (記者 is not 记者, ＝ and ● are
 * not its separators), so Japanese pages printed their byline and we read nobody.
 */
import type { Person, PersonRole } from '../model';
import { screenAuthorName } from './is-plausible-name';

// Labels, longest first so 取材・文 wins over 文; the role each gives.
const LABELS: Array<[string, PersonRole]> = [
  ['取材・文・写真', 'author'], ['取材・文', 'author'], ['文・写真', 'author'], ['写真・文', 'author'], ['文と写真', 'author'],
  ['編集・文', 'author'], ['構成・文', 'author'], ['執筆者', 'author'], ['執筆', 'author'], ['著者', 'author'], ['筆者', 'author'],
  ['寄稿', 'author'], ['ライター', 'author'], ['テキスト', 'author'], ['文', 'author'], ['記者', 'reporter'],
  ['写真', 'photographer'], ['撮影', 'photographer'], ['イラスト', 'photographer'],
];
const LABEL = LABELS.map(([l]) => l).join('|');
const SEPARATOR = '[＝=：:／/●・|｜]';
// One labelled name: the label, a separator, then the name up to the next label or the end.
const PART = new RegExp(`(${LABEL})\\s*${SEPARATOR}\\s*([^＝=：:／/●|｜()（）]{1,24}?)\\s*(?=(?:${LABEL})\\s*${SEPARATOR}|[)）]|$)`, 'gu');
// The whole line must be labelled names (a sentence that mentions 文 is not a byline).
const WHOLE = new RegExp(`^[（(]?\\s*(?:(?:${LABEL})\\s*${SEPARATOR}\\s*[^＝=：:／/●|｜()（）]{1,24}?\\s*)+[)）]?$`, 'u');
// A name: kanji (with 々) and kana, spaced halves allowed (中村 真子), or a capitalised Latin name.
const JA_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー・]{2,10}(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,6})?$/u;
const LATIN_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** The people of a Japanese byline line, or undefined when the line is not one. */
export function readJapaneseByline(line: string): Person[] | undefined {
  const text = line.trim();
  if (text.length > 60 || !WHOLE.test(text)) return undefined;
  const people: Person[] = [];
  for (const match of text.matchAll(PART)) {
    const role = LABELS.find(([l]) => l === match[1])![1];
    const name = match[2].trim().replace(/\u3000/gu, ' ');
    if (!(JA_NAME.test(name) || LATIN_NAME.test(name)) || screenAuthorName(name) !== 'person') continue;
    // A name spaced by the layout (中村 真子) is one person, kept as printed with one space.
    if (!people.some((p) => p.name === name)) people.push({ name, role });
  }
  return people.length ? people : undefined;
}
