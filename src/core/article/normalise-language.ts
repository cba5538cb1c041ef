/**
 * Language tags: normalises what pages declare ("zh_CN", "en-us", "zh-cmn-Hans") to BCP 47
 * case, and guesses from the body when nothing is declared.
 */
import { measureText } from './text-features';

/** "zh_CN" → "zh-CN", "EN-us" → "en-US"; undefined for empty or malformed values. */
export function normaliseLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().replace(/_/gu, '-').split('-');
  if (!/^[a-z]{2,3}$/iu.test(parts[0])) return undefined;
  return parts.map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p)).join('-');
}

/** "zh" when Han characters dominate the text; undefined otherwise (we do not guess among Latin-script languages). */
export function guessLanguage(text: string): string | undefined {
  const sample = text.slice(0, 2000);
  const f = measureText(sample);
  return f.chars > 20 && f.hanChars / f.chars > 0.3 ? 'zh' : undefined;
}
