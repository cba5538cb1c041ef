/** Title and page pieces that several citation styles and reference formats share. */
import type { ArticleRecord } from '../model';
import { hasCjk } from './person-name';

/** Title and subtitle as one title: "Title: Subtitle", or with a full-width colon for a CJK title ("标题：副题"). */
export function fullTitle(article: Pick<ArticleRecord, 'title' | 'subtitle'>): string {
  const title = article.title.trim();
  const subtitle = article.subtitle?.trim();
  if (!subtitle) return title;
  if (/[:：]$/.test(title)) return `${title}${hasCjk(title) ? '' : ' '}${subtitle}`;
  return hasCjk(title) ? `${title}：${subtitle}` : `${title}: ${subtitle}`;
}

/**
 * A title inside double quotes (MLA, Chicago): quotation marks inside it become single
 * ones, as both styles require.
 */
export function quotedTitle(title: string): string {
  return title.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
}

/** A print page as cited: leading zeros of a numeric page dropped ("02" → "2"), letters kept ("A01"). */
export function citedPage(page: string | undefined): string {
  const trimmed = page?.trim() ?? '';
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed;
}
