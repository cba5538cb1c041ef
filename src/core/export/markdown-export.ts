/**
 * Markdown: one document with a section per article (headline, byline, newspaper, date,
 * page, URL), then each highlight as a blockquote with its note and #tags. The Obsidian
 * variant writes one file per article with YAML front matter.
 */
import { articleFields } from './article-fields';
import { escapeMarkdown, escapeMarkdownLine, markdownTag, markdownUrl, toBlockquote } from './escape-markdown';
import { groupHighlights, type ArticleGroup, type ExportBundle, type ExportFile } from './export-bundle';
import { safeHttpUrl } from './escape-html';
import { formatIsoDay, localDay } from './format-date';
import { joinPieces } from './pieces';
import type { Highlight } from '../model';

const MIME = 'text/markdown;charset=utf-8';

function highlightBlock(highlight: Highlight): string {
  const parts = [toBlockquote(escapeMarkdown(highlight.exact.trim()))];
  if (highlight.note.trim()) parts.push(escapeMarkdown(highlight.note.trim()));
  const tags = highlight.tags.map(markdownTag).filter(Boolean);
  if (tags.length) parts.push(tags.join(' '));
  return parts.join('\n\n');
}

/** The body of one article: metadata list, then the highlights. `level` is the heading depth. */
function articleSection(group: ArticleGroup, level: number): string {
  const { article } = group;
  const lines = [`${'#'.repeat(level)} ${escapeMarkdownLine(article.title.replace(/\s+/g, ' ').trim() || safeHttpUrl(article.url) || 'Untitled')}`, ''];
  const meta = articleFields(article).map(([label, value]) => `- ${label}: ${escapeMarkdownLine(value.replace(/\s+/g, ' '))}`);
  // Only an http(s) address is written (a javascript: or other address is left out).
  if (safeHttpUrl(article.url)) meta.push(`- URL: ${markdownUrl(article.url)}`);
  lines.push(...meta);
  const blocks = group.highlights.map(highlightBlock);
  // The blank line matters: a blockquote straight after a list item would continue the item.
  return [lines.join('\n'), ...(blocks.length ? [blocks.join('\n\n---\n\n')] : [])].join('\n\n');
}

/** The whole export as one Markdown document, an article at a time. */
export function* markdownPieces(bundle: ExportBundle): Generator<string> {
  yield `# Jianbao highlights, ${formatIsoDay(localDay(bundle.exportedAt))}`;
  for (const group of groupHighlights(bundle)) yield `\n\n${articleSection(group, 2)}`;
  yield '\n';
}

/** The Markdown document as one string. */
export const buildMarkdown = (bundle: ExportBundle): string => joinPieces(markdownPieces(bundle));

// JSON strings are valid YAML double-quoted scalars; U+2028/2029 are escaped because some
// YAML 1.1 readers treat them as line breaks.
const yamlString = (value: string): string =>
  JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function frontMatter(group: ArticleGroup, exportedAt: Date): string {
  const { article } = group;
  const lines = ['---', `title: ${yamlString(article.title)}`];
  const optional: [string, string | undefined][] = [
    ['kicker', article.kicker],
    ['subtitle', article.subtitle],
    ['newspaper', article.publication],
    ['date', article.date],
    ['page', article.page],
    ['section', article.section],
  ];
  for (const [key, value] of optional) if (value?.trim()) lines.push(`${key}: ${yamlString(value.trim())}`);
  const authors = article.authors.map((p) => p.name.trim()).filter(Boolean);
  if (authors.length) lines.push(`authors: [${authors.map(yamlString).join(', ')}]`);
  const url = safeHttpUrl(article.url);
  if (url) lines.push(`url: ${yamlString(url)}`);
  const tags = [...new Set(group.highlights.flatMap((h) => h.tags.map((t) => markdownTag(t).slice(1)).filter(Boolean)))];
  if (tags.length) lines.push(`tags: [${tags.map(yamlString).join(', ')}]`);
  lines.push(`exported: ${yamlString(exportedAt.toISOString())}`, '---');
  return lines.join('\n');
}

/** A file name from a headline: no path separators, reserved or control characters; at most 80 characters. */
export function safeFileStem(title: string): string {
  const cleaned = title
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return Array.from(cleaned).slice(0, 80).join('').trim() || 'article';
}

/** Obsidian: one Markdown file per article, with YAML front matter; file names are unique. */
export function buildObsidian(bundle: ExportBundle): ExportFile[] {
  const used = new Set<string>();
  return groupHighlights(bundle).map((group) => {
    const stem = safeFileStem(group.article.title);
    let filename = `${stem}.md`;
    for (let n = 2; used.has(filename.toLowerCase()); n++) filename = `${stem} (${n}).md`;
    used.add(filename.toLowerCase());
    const content = `${frontMatter(group, bundle.exportedAt)}\n\n${articleSection(group, 1)}\n`;
    return { filename, content, mimeType: MIME };
  });
}
