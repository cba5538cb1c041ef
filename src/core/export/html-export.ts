/**
 * One printable, self-contained HTML page: inline styles only, every piece of record text
 * escaped, only http(s) links, and a Content-Security-Policy that forbids scripts, so the
 * page stays inert even if a future change forgot to escape something.
 */
import { hasCjk } from '../citation/csl-name';
import type { ArticleRecord, Highlight, Settings } from '../model';
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
  'dl.meta dd{margin:0}',
  // Long unbroken text (a URL in a note) wraps instead of running off the page and out of print.
  'h1,h2,dd,blockquote,.note,.tags,.cite{overflow-wrap:anywhere}',
  // Each tag, meta value and byline name is its own bidi island: a right-to-left override in one
  // cannot reorder the next.
  'bdi{unicode-bidi:isolate}',
  'blockquote{margin:1em 0 .3em;padding:.3em .8em;border-left:4px solid #999;white-space:pre-wrap}',
  '.note{margin:.2em 0 0 1.2em;white-space:pre-wrap}',
  '.tags{margin:.2em 0 0 1.2em;color:#555;font-size:.9em}',
  '.cite{font-size:.85em;color:#444}',
  '@media print{a{color:inherit}}',
].join('\n');

/** Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** The article's language for `lang`: its own, else Chinese for a CJK headline, else English. */
function languageOf(article: ArticleRecord): string {
  const own = article.language?.trim();
  if (own && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(own)) return own;
  return hasCjk(article.title) ? 'zh-Hans' : 'en';
}

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

/** Record text as a bidi isolate (<bdi>): its embeddings and overrides cannot reach past it. */
function isolated(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

function highlightHtml(h: Highlight, classOf: (key: string) => string): string {
  const parts = [`<blockquote${classOf(h.color)}>${escapeHtml(h.exact.trim())}</blockquote>`];
  if (h.note.trim()) parts.push(`<p class="note">${escapeHtml(h.note.trim())}</p>`);
  if (h.tags.length) parts.push(`<p class="tags">${h.tags.map((t) => `<bdi>#${escapeHtml(t)}</bdi>`).join(' ')}</p>`);
  return parts.join('\n');
}

function articleHtml(group: ArticleGroup, cite: string | undefined, classOf: (key: string) => string): string {
  const { article } = group;
  const href = safeHttpUrl(article.url);
  // Each value, and each name of a byline, is its own bidi island: an override control in a name
  // ends with the name instead of reversing the role after it and the names that follow.
  const meta = articleFields(article).map(
    ([label, value, people]) =>
      `<dt>${label}</dt><dd>${people ? people.map((p) => `${isolated(p.name)} (${escapeHtml(p.role)})`).join(', ') : isolated(value)}</dd>`,
  );
  // Only an http(s) address is written, as a link; any other is left out.
  if (href) meta.push(`<dt>URL</dt><dd><a href="${escapeHtml(href)}">${escapeHtml(href)}</a></dd>`);
  return [
    `<article lang="${languageOf(article)}">`,
    `<h2>${escapeHtml(article.title.trim() || href || 'Untitled')}</h2>`,
    `<dl class="meta">${meta.join('')}</dl>`,
    ...group.highlights.map((h) => highlightHtml(h, classOf)),
    // The engine's plain text, escaped here: citeproc-js's HTML output would turn <i>, <b>, <sup>
    // and <span> written in a page's title into markup, and page text is never markup.
    // Bidi embedding and override controls from a title would reorder the rest of the reference
    // (its date, its URL); the reference is one line of text, so they are dropped from it.
    ...(cite ? [`<p class="cite">${escapeHtml(cite.replace(BIDI_CONTROLS, ''))}</p>`] : []),
    '</article>',
  ].join('\n');
}

/** The printable page; `citations` (the engine's text, one per article group) go under the articles. */
export function buildHtml(bundle: ExportBundle, citations: readonly string[] = []): string {
  const title = `Jianbao highlights, ${formatIsoDay(localDay(bundle.exportedAt))}`;
  const { css, classOf } = colourCss(bundle.settings);
  const groups = groupHighlights(bundle);
  const articles = groups.map((g, i) => articleHtml(g, citations[i], classOf));
  return [
    '<!DOCTYPE html>',
    // The page's language is that of its first article; each article carries its own.
    `<html lang="${groups.length ? languageOf(groups[0].article) : 'en'}">`,
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
