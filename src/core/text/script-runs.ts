/**
 * Splits text for display into runs a page can mark up: Latin words (to be marked with their
 * own `lang`, so a Chinese-language page draws "We'd" with Latin glyphs, not a full-width
 * apostrophe from the CJK font) and Chinese dates (2019年11月18日, to be kept on one line).
 */

export type RunKind = 'plain' | 'latin' | 'date';

export interface ScriptRun {
  kind: RunKind;
  text: string;
}

// A Chinese date, optionally with a time (2019年11月18日, 11月18日, 2019年11月).
const DATE = String.raw`(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*月\s*\d{1,2}\s*[日号])`;
// Latin words with the punctuation that lives inside them (We'd, U.S., COVID-19, e-mail),
// joined by spaces into one run.
const LATIN_WORD = String.raw`[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9'’.\-]*`;
// A number between or after Latin words is part of their run ("Timeline: 2023 for the city",
// "iPhone 15"), so its digits come from the same font; not the year or month of a Chinese date.
const NUMBER = String.raw`\d+(?:[.,:]\d+)*%?(?![\d年月日号%])`;
const LATIN = String.raw`${LATIN_WORD}(?:[ \t,;:!?]+(?:${LATIN_WORD}|${NUMBER}))*`;
const PATTERN = new RegExp(`(${DATE})|(${LATIN})`, 'gu');

/** The runs of a text, in order; their texts joined give the text back unchanged. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let at = 0;
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    if (m.index > at) runs.push({ kind: 'plain', text: text.slice(at, m.index) });
    runs.push({ kind: m[1] ? 'date' : 'latin', text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ kind: 'plain', text: text.slice(at) });
  return runs;
}

/** Whether a language tag is Chinese (zh, zh-CN, zh-Hans…). */
export function isChineseLanguage(lang: string | undefined): boolean {
  return !!lang && /^zh\b/iu.test(lang);
}
