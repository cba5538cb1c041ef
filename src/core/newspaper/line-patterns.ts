/**
 * Recognisers for the one-line furniture of a newspaper page: bylines, credits, signatures,
 * continuation markers, quote attributions and datelines that open a body. Chinese and English.
 */
import { isEditorLine, parsePeople } from '../people/parse-people';

/** The furniture kind of a line, or 'text' for ordinary headline/body text. */
export type LineMark =
  | 'photo-credit'
  | 'signature'
  | 'continued-from'
  | 'continued-to'
  | 'byline'
  | 'attribution'
  | 'editor'
  | 'dateline'
  | 'text';

const PHOTO_CREDIT = /^[（(][^（）()]{2,40}?\s*(摄|摄影|供图)\s*[）)]$|^(photos?|photographs?|pictures?)\s+by\s+\S/i;
/** A bracketed name list; a name may be spaced out (王　丹), so single characters are allowed and parsePeople confirms. */
const SIGNATURE = /^[（(]\s*[\u4e00-\u9fff·]{1,6}(?:[\s、，]+[\u4e00-\u9fff·]{1,6}){0,7}\s*[）)]$/;
const CONTINUED_FROM = /^[（(【\[]?\s*(?:上接|接|紧接)第?\s*([0-9０-９一二三四五六七八九十A-Za-z]{1,4})\s*版\s*[）)】\]]?$|^\(?\s*continued from (?:page\s*)?([A-Z]?\d{1,3})\s*\)?\.?$/i;
const CONTINUED_TO = /^[（(【\[]?\s*(?:下转|转|转至|转第)第?\s*([0-9０-９一二三四五六七八九十A-Za-z]{1,4})\s*版\s*[）)】\]]?$|^\(?\s*(?:see [^,]{1,40},\s*)?(?:continued on|continues on|turn to) (?:page\s*)?([A-Z]?\d{1,3})\s*\)?\.?$/i;
/** □/■ bylines, or one opening with a role word and a name (a two-character name may be spaced out: 记者 刘　洁). */
const ZH_BYLINE = /^[□■◇◆]\s*\S|^(本报)?(特约)?(记者|通讯员|见习记者)\s*[\u4e00-\u9fff](?:\s{0,3}[\u4e00-\u9fff]){1,3}([\s、，,]|$)/;
const EN_BYLINE = /^by\s+[A-Z]/i;
/** Dateline openers: 本报讯, 本报北京3月30日电, 新华社北京3月30日电, "WASHINGTON (AP) —". */
export const DATELINE =
  /^(本报讯|本报[\u4e00-\u9fff]{1,8}\d{1,2}月\d{1,2}日电|新华社[\u4e00-\u9fff]{1,8}\d{1,2}月\d{1,2}日电|中新社[\u4e00-\u9fff]{1,8}\d{1,2}月\d{1,2}日电|[A-Z][A-Z .,'-]{2,40}\((?:AP|Reuters|AFP|UPI|Xinhua)\)\s*[—–-])/;

/** First characters furniture can start with; any other line is plain text, so most lines skip every regex below. */
const FURNITURE_START = /^[（(【\[□■◇◆本记通特见责编校美组审终新中—\-A-Za-z]/;

/** Classifies one trimmed, non-empty line. */
export function markLine(line: string): LineMark {
  if (!FURNITURE_START.test(line)) return 'text';
  if (line.length <= 60) {
    if (CONTINUED_FROM.test(line)) return 'continued-from';
    if (CONTINUED_TO.test(line)) return 'continued-to';
    if (PHOTO_CREDIT.test(line)) return 'photo-credit';
    if (isEditorLine(line)) return 'editor';
    if (SIGNATURE.test(line) && parsePeople(line).length > 0) return 'signature';
    if ((ZH_BYLINE.test(line) || (EN_BYLINE.test(line) && line.length <= 80)) && parsePeople(line).length > 0) return 'byline';
  }
  if (/^(——|—\s|--\s?)/.test(line)) return 'attribution';
  if (DATELINE.test(line)) return 'dateline';
  return 'text';
}

/** The page a continuation marker points at ("第1版", "Page A6"). */
export function continuationTarget(line: string): string | undefined {
  const match = CONTINUED_FROM.exec(line) ?? CONTINUED_TO.exec(line);
  if (!match) return undefined;
  if (match[1]) return `第${match[1]}版`;
  return match[2] ? `Page ${match[2]}` : undefined;
}
