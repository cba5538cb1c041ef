/**
 * Parses the Founder (方正) e-paper metadata comment:
 * `<!--enpproperty <articleid>1</articleid><date>2022-03-31 09:28:27.0</date><author>张三</author>
 * <title>主题</title><subtitle>副题</subtitle><introtitle>引题</introtitle><nodename>第01版：要闻</nodename>…/enpproperty-->`.
 */
import { stripTags } from './clean-text';
import { parseDate } from './parse-date';
import { parsePageLabel } from './parse-page-label';

/** Fields of an enpproperty comment, tags stripped; absent when empty. */
export interface EnpProperty {
  title?: string;
  subtitle?: string;
  kicker?: string;
  author?: string;
  date?: string;
  page?: string;
  section?: string;
}

function field(comment: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'u').exec(comment);
  const value = m ? stripTags(m[1]) : '';
  return value || undefined;
}

/** Reads the fields of one enpproperty comment (the comment's inner text). */
export function parseEnpProperty(comment: string): EnpProperty {
  const dateText = field(comment, 'date');
  const nodeName = field(comment, 'nodename');
  const label = nodeName ? parsePageLabel(nodeName) : undefined;
  return {
    title: field(comment, 'title') ?? field(comment, 'founder-title'),
    subtitle: field(comment, 'subtitle') ?? field(comment, 'founder-subtitle'),
    kicker: field(comment, 'introtitle') ?? field(comment, 'founder-introtitle'),
    author: field(comment, 'author') ?? field(comment, 'founder-author'),
    date: dateText ? parseDate(dateText) : undefined,
    page: label?.page,
    // A node name without a page number is a site channel, still the best section we have.
    section: label?.section ?? (label ? undefined : nodeName),
  };
}
