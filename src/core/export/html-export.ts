/**
 * One printable, self-contained HTML page: inline styles only, every piece of record text
 * escaped, only http(s) links, and a Content-Security-Policy that forbids scripts, so the
 * page stays inert even if a future change forgot to escape something.
 */
import type { Highlight, Settings } from '../model';
import { articleFields } from './article-fields';
import { escapeHtml, safeCssColor, safeHttpUrl } from './escape-html';
import { groupHighlights, type ArticleGroup, type ExportBundle } from './export-bundle';
import { formatIsoDay, localDay } from './format-date';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'";

const BASE_CSS = [
  'body{font:16px/1.6 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}',
  'article{break-inside:avoid-page;margin-bottom:2.5em}',
  'h2{margin-bottom:.2em}',
  'dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 1em;color:#555;font-size:.9em}',
  'dl.meta dt{font-weight:600}',
  'dl.meta dd{margin:0;overflow-wrap:anywhere}',
  'blockquote{margin:1em 0 .3em;padding:.3em .8em;border-left:4px solid #999;white-space:pre-wrap}',
  '.note{margin:.2em 0 0 1.2em;white-space:pre-wrap}',
  '.tags{margin:.2em 0 0 1.2em;color:#555;font-size:.9em}',
  '.cite{font-size:.85em;color:#444}',
  '@media print{a{color:inherit}}',
].join('\n');

/** A class per palette colour (by index, so no key from settings lands in CSS as a name). */
function colourCss(settings: Settings | undefined): { css: string; classOf: (key: string) => string } {
  const palette = settings?.palette ?? [];
  const rules = palette.flatMap((c, i) => {
    const value = safeCssColor(c.value);
    return value ? [`blockquote.c${i}{background:${value}40;border-left-color:${value}}`] : [];
  });
  const index = new Map(palette.map((c, i) => [c.key, i]));
  return { css: rules.join('\n'), classOf: (key) => (index.has(key) ? ` class="c${index.get(key)}"` : '') };
}

function highlightHtml(h: Highlight, classOf: (key: string) => string): string {
  const parts = [`<blockquote${classOf(h.color)}>${escapeHtml(h.exact.trim())}</blockquote>`];
  if (h.note.trim()) parts.push(`<p class="note">${escapeHtml(h.note.trim())}</p>`);
  if (h.tags.length) parts.push(`<p class="tags">${h.tags.map((t) => `#${escapeHtml(t)}`).join(' ')}</p>`);
  return parts.join('\n');
}

function articleHtml(group: ArticleGroup, cite: string | undefined, classOf: (key: string) => string): string {
  const { article } = group;
  const href = safeHttpUrl(article.url);
  const meta = articleFields(article).map(([label, value]) => `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>`);
  meta.push(`<dt>URL</dt><dd>${href ? `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>` : escapeHtml(article.url)}</dd>`);
  return [
    '<article>',
    `<h2>${escapeHtml(article.title.trim() || article.url)}</h2>`,
    `<dl class="meta">${meta.join('')}</dl>`,
    ...group.highlights.map((h) => highlightHtml(h, classOf)),
    // The engine's plain text, escaped here: citeproc-js's HTML output would turn <i>, <b>, <sup>
    // and <span> written in a page's title into markup, and page text is never markup.
    ...(cite ? [`<p class="cite">${escapeHtml(cite)}</p>`] : []),
    '</article>',
  ].join('\n');
}

/** The printable page; `citations` (the engine's text, one per article group) go under the articles. */
export function buildHtml(bundle: ExportBundle, citations: readonly string[] = []): string {
  const title = `Jianbao highlights, ${formatIsoDay(localDay(bundle.exportedAt))}`;
  const { css, classOf } = colourCss(bundle.settings);
  const articles = groupHighlights(bundle).map((g, i) => articleHtml(g, citations[i], classOf));
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-Hans">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${BASE_CSS}${css ? `\n${css}` : ''}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...articles,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
