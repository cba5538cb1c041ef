/**
 * The running head of a printed page: the rows above the articles that carry the paper's name,
 * the date, the page (第02版 / A2) and the page name (要闻). It is page furniture, not an item,
 * so it is read apart (issue-info.ts) and left out of the text that is segmented.
 *
 * Rule: among the top three rows of the page (lines sharing a baseline), in the top 15 % of the
 * printed area, the first row that holds a date or a page number ends the head; that row and
 * every row above it (a masthead) are the head. A page without such a row has no head.
 */
import { findDate } from '../article/parse-date';
import { parsePageLabel } from '../article/parse-page-label';
import type { Box } from './reading-order';

/** What the running-head rule needs of a line. */
export interface HeadLine {
  text: string;
  box: Box;
  size: number;
}

/** A short page code printed alone in a folio: A1, B12, 2. */
const FOLIO_CODE = /^(?:Page\s+)?[A-Z]?\d{1,3}$/u;

/** True when a row's text names a date or a page. */
export function isFolioText(fragments: readonly string[]): boolean {
  const joined = fragments.join('  ');
  return findDate(joined) !== undefined || parsePageLabel(joined) !== undefined || fragments.some((f) => FOLIO_CODE.test(f.trim()));
}

/** Splits the lines into the running head (top rows, left to right) and the rest. */
export function splitRunningHead<T extends HeadLine>(lines: readonly T[]): { head: T[]; rest: T[] } {
  if (lines.length === 0) return { head: [], rest: [] };
  const top = Math.max(...lines.map((line) => line.box.top));
  const bottom = Math.min(...lines.map((line) => line.box.bottom));
  const limit = top - 0.15 * (top - bottom);
  const sorted = [...lines].sort((a, b) => b.box.top - a.box.top);
  const rows: T[][] = [];
  for (const line of sorted) {
    const base = line.box.bottom;
    const row = rows.find((r) => Math.abs(r[0].box.bottom - base) <= 0.4 * Math.min(r[0].size, line.size));
    if (row) row.push(line);
    else if (rows.length < 3 && line.box.top >= limit) rows.push([line]);
    else break;
  }
  const end = rows.findIndex((row) => isFolioText(row.map((line) => line.text)));
  if (end < 0) return { head: [], rest: [...lines] };
  const head = rows.slice(0, end + 1).flatMap((row) => [...row].sort((a, b) => a.box.x0 - b.box.x0));
  const inHead = new Set<T>(head);
  return { head, rest: lines.filter((line) => !inHead.has(line)) };
}
