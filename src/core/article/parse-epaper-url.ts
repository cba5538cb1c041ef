/**
 * Reads the edition date and print page out of e-paper URLs. Founder (方正) and similar
 * e-paper systems put both in the path, so the URL is often the most reliable source.
 */
import { formatIsoDate } from './parse-date';

/** What an e-paper URL says about the article. */
export interface EpaperUrlInfo {
  date?: string;
  page?: string;
  /** True when the path has the shape of an e-paper article (not just any dated URL). */
  isEpaperArticle: boolean;
}

// /html/2022-03/31/content_123.htm (Founder classic)
const FOUNDER_HTML = /\/(?:html|content)\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\/(?:content|nw|node)_/u;
// /pc/content/202203/31/content_123.html (Founder newer "pc" layout)
const FOUNDER_PC = /\/content\/((?:19|20)\d{2})(\d{2})\/(\d{2})\/content_/u;
// nw.D110000renmrb_20220331_2-03.htm: article 2 on page 03
const PEOPLE_NW = /nw\.D\d+\w*?_((?:19|20)\d{2})(\d{2})(\d{2})_(\d+)-(\w+)\.htm/u;
// Generic dated paths: /2022/03/31/, /2022-03-31/, /20220331/, /2022-03/31/, /2022/0331/
const GENERIC_PATH = /\/((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\d|3[01])(?=[/_.-])/u;
// Government and portal CMSs (TRS WCM) name the file after the day it was posted: /201807/t20180718_123.html.
const STAMPED_FILE = /\/t((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])_\d+/u;
// Paths with unpadded month and day: /art/2005/7/18/art_123_456.html.
const UNPADDED_PATH = /\/((?:19|20)\d{2})\/(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])\//u;
// Page hints inside e-paper paths: node_2.htm is page 2's index, page_03, /A01/
const PAGE_IN_PATH = /\/(?:page|ban|bm)[_-]?([A-Z]?\d{1,3})(?=[/_.])/iu;

/** Parses the date and page an e-paper (or dated news) URL carries; empty info otherwise. */
export function parseEpaperUrl(url: string | undefined): EpaperUrlInfo {
  if (!url) return { isEpaperArticle: false };
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return { isEpaperArticle: false };
  }
  let m = PEOPLE_NW.exec(path);
  if (m) return { date: formatIsoDate(+m[1], +m[2], +m[3]), page: m[5], isEpaperArticle: true };
  m = FOUNDER_HTML.exec(path) ?? FOUNDER_PC.exec(path);
  if (m) {
    const page = PAGE_IN_PATH.exec(path)?.[1];
    return { date: formatIsoDate(+m[1], +m[2], +m[3]), page, isEpaperArticle: /content_/u.test(path) };
  }
  m = GENERIC_PATH.exec(path) ?? STAMPED_FILE.exec(path) ?? UNPADDED_PATH.exec(path);
  if (m) return { date: formatIsoDate(+m[1], +m[2], +m[3]), isEpaperArticle: false };
  return { isEpaperArticle: false };
}
