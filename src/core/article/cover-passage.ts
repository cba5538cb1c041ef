/**
 * The cover rule: a highlight always belongs to an article record whose body contains it. When
 * the reader highlights text that detection left out of every stored body (a 摘要 lead printed
 * between headline and body, a first paragraph the scorer dropped, a caption), the passage is
 * put into the body it sits next to on the page, found from the text around the quote (the
 * TextQuoteSelector's prefix and suffix); when no body is next to it, it becomes an item of its
 * own. Later detections of the page keep such passages in their bodies (`keepPassages`). Pure:
 * all text here is normalised (core/text/normalize), as stored bodies are.
 */

/** Shortest run of context that may place a passage (shorter runs match anywhere). */
const MIN_ANCHOR = 6;
/** Longest run of context compared. */
const MAX_ANCHOR = 24;
/** Characters of a headline's end looked for in the text before a quote. */
const TITLE_TAIL = 12;

export interface CoverTarget {
  id: string;
  title: string;
  bodyText: string;
}

export type CoverPlan =
  | { kind: 'extend'; id: string; bodyText: string }
  | { kind: 'own' };

const PARAGRAPH = '\n\n';

function isTight(char: string | undefined): boolean {
  // Between CJK text (or at a paragraph edge) no space joins two runs.
  return char === undefined || /[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(char);
}

/** Longest o ≥ 1 such that `text` ends with the first o characters of `quote` (before `at`). */
function overlapBefore(text: string, at: number, quote: string): number {
  for (let o = Math.min(quote.length - 1, at); o >= 1; o--) if (text.slice(at - o, at) === quote.slice(0, o)) return o;
  return 0;
}

function overlapAfter(text: string, at: number, quote: string): number {
  for (let o = Math.min(quote.length - 1, text.length - at); o >= 1; o--) if (text.slice(at, at + o) === quote.slice(quote.length - o)) return o;
  return 0;
}

/**
 * `body` with `quote` put in at offset `at`: as a paragraph of its own at a paragraph edge,
 * inline otherwise; a quote that already runs into the text there (a selection over the lead's
 * end and the body's start) is joined to it without a gap, so the result contains the quote.
 */
export function insertPassage(body: string, at: number, quote: string): string {
  const before = overlapBefore(body, at, quote);
  const after = overlapAfter(body, at, quote);
  if (before + after >= quote.length) return body.slice(0, at) + quote.slice(before, quote.length - after) + body.slice(at);
  const middle = quote.slice(before, quote.length - after);
  if (before || after) return body.slice(0, at) + middle + body.slice(at);
  const head = body.slice(0, at);
  const tail = body.slice(at);
  const atStart = head.trim() === '' || head.endsWith('\n');
  const atEnd = tail.trim() === '' || tail.startsWith('\n');
  if (atStart || atEnd) {
    const left = head.replace(/\s+$/u, '');
    const right = tail.replace(/^\s+/u, '');
    return [left, quote, right].filter(Boolean).join(PARAGRAPH);
  }
  const space = (a: string | undefined, b: string | undefined): string => (isTight(a) || isTight(b) ? '' : ' ');
  return head + space(head.at(-1), quote[0]) + quote + space(quote.at(-1), tail[0]) + tail;
}

/** Where a run of context occurs in a body (first occurrence), or -1; only runs long enough to say something. */
function find(body: string, run: string): number {
  return run.length >= MIN_ANCHOR ? body.indexOf(run) : -1;
}

/**
 * Where a quote that no body contains belongs. The text right after it on the page (suffix)
 * found in a body puts it just before that text; the text right before it (prefix) puts it just
 * after; a prefix that ends with an item's headline puts it at the top of that item's body (a
 * lead printed under the headline). The longest match wins; none means an item of its own.
 */
export function planCover(targets: CoverTarget[], quote: string, context: { prefix?: string; suffix?: string }): CoverPlan {
  const suffix = (context.suffix ?? '').replace(/^\s+/u, '').slice(0, MAX_ANCHOR).trimEnd();
  const prefix = (context.prefix ?? '').replace(/\s+$/u, '').slice(-MAX_ANCHOR).trimStart();
  const wholePrefix = (context.prefix ?? '').replace(/\s+/gu, '');
  let best: { id: string; at: number; strength: number; body: string } | null = null;
  const consider = (target: CoverTarget, at: number, strength: number): void => {
    if (at >= 0 && (!best || strength > best.strength)) best = { id: target.id, at, strength, body: target.bodyText };
  };
  for (const target of targets) {
    // Shorter and shorter runs of the suffix's start (the page may join text the body splits).
    for (let n = suffix.length; n >= MIN_ANCHOR; n -= 6) {
      const at = find(target.bodyText, suffix.slice(0, n).trimEnd());
      if (at >= 0) {
        consider(target, at, n);
        break;
      }
    }
    for (let n = prefix.length; n >= MIN_ANCHOR; n -= 6) {
      const run = prefix.slice(prefix.length - n).trimStart();
      const at = find(target.bodyText, run);
      if (at >= 0) {
        consider(target, at + run.length, n);
        break;
      }
    }
    // The headline's end in the text just before the quote (a label such as 摘要： or a byline
    // may sit between them): the quote opens this item.
    const title = target.title.replace(/\s+/gu, '').trim();
    const titleTail = title.slice(-TITLE_TAIL);
    if (titleTail.length >= 2 && wholePrefix.includes(titleTail)) consider(target, 0, titleTail.length - 0.5);
  }
  if (!best) return { kind: 'own' };
  const { id, at, body } = best as { id: string; at: number; body: string };
  const bodyText = insertPassage(body, at, quote);
  return bodyText.includes(quote) ? { kind: 'extend', id, bodyText } : { kind: 'own' };
}

function paragraphs(text: string): string[] {
  return text.split(/\n{2,}/u).filter((p) => p.trim());
}

/**
 * A new detection of a page may again leave out a passage the reader highlighted and an earlier
 * cover put into the body. Each quote the old body held and the new one lacks brings its old
 * paragraph back, after the paragraph that preceded it in the old body (or before the one that
 * followed it, or at the top), so the highlight keeps a body that contains it.
 */
export function keepPassages(oldBody: string, newBody: string, quotes: string[]): string {
  let body = newBody;
  const old = paragraphs(oldBody);
  for (const quote of quotes) {
    if (!quote || body.includes(quote) || !oldBody.includes(quote)) continue;
    const k = old.findIndex((p) => p.includes(quote));
    if (k < 0) {
      // The quote ran over paragraphs of the old body: bring back its whole span.
      body = [quote, body].filter(Boolean).join(PARAGRAPH);
      continue;
    }
    const passage = old[k];
    const now = paragraphs(body);
    const prev = k > 0 ? now.indexOf(old[k - 1]) : -1;
    const next = k + 1 < old.length ? now.indexOf(old[k + 1]) : -1;
    const at = prev >= 0 ? prev + 1 : next >= 0 ? next : 0;
    now.splice(at, 0, passage);
    body = now.join(PARAGRAPH);
  }
  return body;
}
