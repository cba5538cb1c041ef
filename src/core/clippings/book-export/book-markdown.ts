/**
 * The book as a Markdown folder for Obsidian (and any CommonMark reader), zipped: a contents
 * note (paper → date → 版 → headline, linking each clipping), one note per clipping with YAML
 * front matter, highlights as ==marks== with the notes as footnotes, and the images in
 * `attachments/`, linked by relative paths. Every page text is escaped (core/export/
 * escape-markdown): nothing in it becomes a link, a tag, HTML or a footnote.
 */
import { zipSync, type Zippable } from 'fflate';
import { utf8 } from './zip-files';
import { escapeMarkdown, escapeMarkdownLine, markdownTag, markdownUrl } from '../../export/escape-markdown';
import type { ExportBundle } from '../../export/export-bundle';
import type { ClippingImage } from '../clipping';
import { editionDay } from '../book-contents';
import { buildBook, type BookArticle, type BookOptions, type BookRun } from './book-model';
import { xmlSafe } from './xml-text';

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' };

/** The folder inside the zip. */
export const MARKDOWN_ROOT = 'jianbao-book';

/** A file name from page text: no path or link characters, no controls, at most 80 characters. */
export function safeFileName(text: string): string {
  const cleaned = [...xmlSafe(text).replace(/[\\/:*?"<>|#^[\]{}\u0000-\u001F\u007F]/gu, ' ').replace(/\s+/gu, ' ').trim().replace(/^\.+/u, '')];
  return cleaned.slice(0, 80).join('').trim() || 'clipping';
}

/** One line of front matter: a YAML double-quoted scalar (JSON's escaping is valid YAML). */
const yaml = (value: string): string => JSON.stringify(xmlSafe(value));

function frontMatter(article: BookArticle): string {
  const c = article.clipping;
  const lines = ['---', `title: ${yaml(article.headline)}`];
  if (c.publication?.trim()) lines.push(`paper: ${yaml(c.publication.trim())}`);
  if (c.date?.trim()) lines.push(`date: ${yaml(c.date.trim())}`);
  if (c.page?.trim()) lines.push(`page: ${yaml(c.page.trim())}`);
  if (c.section?.trim()) lines.push(`section: ${yaml(c.section.trim())}`);
  if (c.authors.length) lines.push(`authors: [${c.authors.map((p) => yaml(p.name.trim())).join(', ')}]`);
  lines.push(`url: ${yaml(c.url)}`);
  const tags = c.tags.map((t) => markdownTag(t).slice(1)).filter(Boolean);
  if (tags.length) lines.push(`tags: [${tags.map(yaml).join(', ')}]`);
  lines.push(`clipped: ${yaml(new Date(c.createdAt).toISOString())}`, '---');
  return lines.join('\n');
}

function runMarkdown(run: BookRun): string {
  const text = escapeMarkdownLine(xmlSafe(run.text).replace(/\s*\n\s*/gu, ' '));
  const refs = run.noteRefs.map((n) => `[^${n}]`).join('');
  if (run.highlightId === undefined) return text + refs;
  // ==…== closes only next to text: spaces at the edges go outside the mark.
  const m = /^(\s*)(.*?)(\s*)$/su.exec(text)!;
  return m[2] ? `${m[1]}==${m[2]}==${refs}${m[3]}` : text + refs;
}

/** Lines of a multi-line text as a footnote body (continuation lines indented). */
const footnoteBody = (text: string): string => escapeMarkdown(xmlSafe(text.trim())).split('\n').join('\n    ');

function articleMarkdown(article: BookArticle, imagePath: (image: ClippingImage) => string | undefined, labels: ReturnType<typeof buildBook>['labels']): string {
  const c = article.clipping;
  const out: string[] = [frontMatter(article), ''];
  if (article.meta.length) out.push(escapeMarkdownLine(article.meta.join(' · ')), '');
  if (c.kicker?.trim()) out.push(escapeMarkdownLine(c.kicker.trim()), '');
  out.push(`# ${escapeMarkdownLine(xmlSafe(article.headline))}`, '');
  if (c.subtitle?.trim()) out.push(`**${escapeMarkdownLine(c.subtitle.trim())}**`, '');
  if (article.byline) out.push(escapeMarkdownLine(article.byline), '');
  if (article.citation) out.push(`> ${escapeMarkdownLine(article.citation)}`, '');
  if (article.original) out.push(`${escapeMarkdownLine(labels.original)}: ${markdownUrl(article.original)}`, '');
  for (const block of article.blocks) {
    if (block.kind === 'paragraph') {
      out.push(block.runs.map(runMarkdown).join(''), '');
      continue;
    }
    const caption = xmlSafe(block.image.caption.trim() || block.image.alt.trim());
    const path = imagePath(block.image);
    if (path) out.push(`![${escapeMarkdownLine(caption)}](${path})`);
    if (caption) out.push(`*${escapeMarkdownLine(caption)}*`);
    out.push('');
  }
  if (!article.hasText) out.push(escapeMarkdownLine(labels.noText), '');
  if (c.note.trim()) out.push(`## ${escapeMarkdownLine(labels.articleNote)}`, '', escapeMarkdown(xmlSafe(c.note.trim())).split('\n').join('\n\n'), '');
  if (c.tags.length) out.push(c.tags.map(markdownTag).filter(Boolean).join(' '), '');
  for (const note of article.notes) {
    const h = note.highlight;
    const parts: string[] = [];
    if (!note.placed) parts.push(`“${escapeMarkdownLine(xmlSafe(h.exact.trim()).replace(/\s+/gu, ' '))}”`);
    if (h.note.trim()) parts.push(footnoteBody(h.note));
    const tags = h.tags.map(markdownTag).filter(Boolean).join(' ');
    if (tags) parts.push(tags);
    out.push(`[^${note.number}]: ${parts.join(' ')}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The zip's bytes: `jianbao-book/<title>.md`, `jianbao-book/clippings/*.md`, `jianbao-book/attachments/*`. */
export function buildBookMarkdown(bundle: ExportBundle, options: BookOptions = {}): Uint8Array {
  const book = buildBook(bundle, options);
  const files: Zippable = {};
  const used = new Set<string>();
  const names = new Map<number, string>();
  for (const article of book.articles) {
    const day = editionDay(article.clipping.date);
    const base = safeFileName(`${day} ${article.headline}`);
    let name = `${base}.md`;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base} (${k}).md`;
    used.add(name.toLowerCase());
    names.set(article.n, name);
    const imagePath = (image: ClippingImage) => {
      const ext = EXTENSIONS[image.type];
      if (!ext) return undefined;
      const file = `${String(article.n).padStart(4, '0')}-${image.index}.${ext}`;
      files[`${MARKDOWN_ROOT}/attachments/${file}`] = [new Uint8Array(image.bytes), { level: 0 }];
      return `../attachments/${file}`;
    };
    files[`${MARKDOWN_ROOT}/clippings/${name}`] = utf8(articleMarkdown(article, imagePath, book.labels));
  }
  const index: string[] = [`# ${escapeMarkdownLine(book.title)}`, ''];
  for (const paper of book.contents) {
    index.push(`## ${escapeMarkdownLine(paper.label)}`, '');
    for (const date of paper.dates) {
      index.push(`### ${escapeMarkdownLine(date.label)}`, '');
      for (const page of date.pages) {
        index.push(`#### ${escapeMarkdownLine(page.label)}`, '');
        for (const a of page.articles) index.push(`- [${escapeMarkdownLine(xmlSafe(a.headline))}](clippings/${encodeURIComponent(names.get(a.n)!)})`);
        index.push('');
      }
    }
  }
  files[`${MARKDOWN_ROOT}/${safeFileName(book.title)}.md`] = utf8(`${index.join('\n').trimEnd()}\n`);
  return zipSync(files, { mtime: book.exportedAt });
}
