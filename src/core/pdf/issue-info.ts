/**
 * Which paper, date, page (版次) and page name (版名) a newspaper PDF is, read from (best first)
 * the page's running head, the document info's Title, and the file name or address. Each field
 * says where it came from, so an article record can carry the source like detected fields do.
 */
import { findDate, formatIsoDate } from '../article/parse-date';
import { parsePageLabel } from '../article/parse-page-label';

export type IssueSource = 'pdf-head' | 'pdf-info' | 'pdf-address';

/** What the PDF says about its issue. */
export interface IssueInfo {
  publication?: string;
  date?: string;
  page?: string;
  section?: string;
  sources: Partial<Record<'publication' | 'date' | 'page' | 'section', IssueSource>>;
}

/** A paper's name as printed: …报 (日报, 晚报, 商报), or an English title ending in a newspaper word. */
const CJK_PAPER = /^[\u4e00-\u9fff（）()·]{1,14}报(?:社)?$/u;
const LATIN_PAPER =
  /^(?:The\s+)?[A-Z][A-Za-z.&'’-]*(?:\s+[A-Z][A-Za-z.&'’-]*)*\s+(?:Times|Gazette|Post|Herald|Journal|News|Tribune|Daily|Chronicle|Observer|Guardian|Telegraph|Star|Globe|Review|Courier|Independent|Mail|Sun|Standard|Register|Record|Bulletin|Express|Examiner|Inquirer|Dispatch|Sentinel|Leader|Press|Mirror)$/u;
/** A page name printed alone in a Chinese head: 2–6 ideographs that are not a paper, a weekday or a role. */
const CJK_SECTION = /^[\u4e00-\u9fff]{2,6}$/u;
const NOT_SECTION = /^(?:星期.|周.|责任编辑|编辑|美编|校对|版式|出版|本版)/u;
const FOLIO_CODE = /^(?:Page\s+)?([A-Z]?\d{1,3})$/u;

/** Page, section, paper and date from the running head's fragments (each line of the head). */
export function readHead(fragments: readonly string[]): Omit<IssueInfo, 'sources'> {
  const out: Omit<IssueInfo, 'sources'> = {};
  const joined = fragments.join('  ');
  const date = findDate(joined);
  if (date) out.date = date.iso;
  const label = parsePageLabel(joined);
  if (label) {
    out.page = label.page;
    if (label.section) out.section = label.section;
  }
  for (const raw of fragments) {
    const fragment = raw.trim();
    if (!out.publication && (CJK_PAPER.test(fragment) || LATIN_PAPER.test(fragment))) out.publication = fragment;
    else if (!out.page && FOLIO_CODE.test(fragment)) out.page = FOLIO_CODE.exec(fragment)?.[1];
    else if (!out.section && CJK_SECTION.test(fragment) && !NOT_SECTION.test(fragment) && !CJK_PAPER.test(fragment)) out.section = fragment;
  }
  return out;
}

/** Paper, date, page and section from the document info's Title ("荆州日报 2022年03月31日 第02版：要闻"). */
export function readInfoTitle(title: string | undefined): Omit<IssueInfo, 'sources'> {
  const out: Omit<IssueInfo, 'sources'> = {};
  if (!title) return out;
  const date = findDate(title);
  if (date) {
    out.date = date.iso;
    const before = title.slice(0, date.index).replace(/[\s,，:：|｜·—–-]+$/u, '').trim();
    if (before.length >= 2 && before.length <= 40 && !/\d/u.test(before)) out.publication = before;
  }
  const label = parsePageLabel(title);
  if (label) {
    out.page = label.page;
    if (label.section) out.section = label.section;
  }
  return out;
}

// A date in a file name or address: 20220331, 2022-03-31, 2022-03/31, 2022_03_31.
const ADDRESS_DATE = /(?<!\d)((?:19|20)\d{2})[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])/u;
// The page right after the date: -02.pdf, _A3.pdf, /02/, 02.pdf (rmrb2022033102.pdf), _page-2.
const PAGE_AFTER_DATE = /^[-_/.]?(?:page|ban|bm)?[-_]?([A-Z]?\d{1,3})(?=[-_/.]|$)/iu;

/** Date and page from a file name or an address (its path, decoded). */
export function readAddress(address: string | undefined): Omit<IssueInfo, 'sources'> {
  const out: Omit<IssueInfo, 'sources'> = {};
  if (!address) return out;
  let path = address;
  try {
    path = decodeURIComponent(new URL(address).pathname);
  } catch {
    // Not a URL: a file name or path as it is.
  }
  const m = ADDRESS_DATE.exec(path);
  if (!m) return out;
  out.date = formatIsoDate(+m[1], +m[2], +m[3]);
  const page = PAGE_AFTER_DATE.exec(path.slice(m.index + m[0].length))?.[1];
  if (page) out.page = page.toUpperCase();
  return out;
}

/** Combines the three readers, best source first per field. */
export function readIssueInfo(input: { head?: readonly string[]; infoTitle?: string; address?: string }): IssueInfo {
  const layers: [IssueSource, Omit<IssueInfo, 'sources'>][] = [
    ['pdf-head', readHead(input.head ?? [])],
    ['pdf-info', readInfoTitle(input.infoTitle)],
    ['pdf-address', readAddress(input.address)],
  ];
  const info: IssueInfo = { sources: {} };
  for (const field of ['publication', 'date', 'page', 'section'] as const) {
    for (const [source, values] of layers) {
      const value = values[field];
      if (value) {
        info[field] = value;
        info.sources[field] = source;
        break;
      }
    }
  }
  return info;
}
