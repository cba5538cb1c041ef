/**
 * Markdown escaping for untrusted page text (quotes, notes, titles). Everything comes out as
 * literal text in CommonMark, GitHub and Obsidian: no links, images, raw HTML, emphasis,
 * headings, list items, tags, wikilinks, highlights, comments, maths or footnotes.
 */
import { safeHttpUrl } from './escape-html';

// Every character here may be backslash-escaped in CommonMark (ASCII punctuation), so an
// escape never shows as a stray backslash. `#` covers Obsidian tags, `[`/`]` wikilinks and
// links, `=` Obsidian highlights, `%` comments, `$` maths, `^` block references, `&` entities.
const INLINE_SPECIALS = /[\\`*_{}[\]<>()#!|~=%$^&]/g;

// Constructs that only count at the start of a line: lists ("-", "+", "1." "1)"), quotes,
// setext underlines and thematic breaks.
const LINE_START = /^(\s*)([-+>]|\d+[.)])/;

/** Escapes one line (no newlines inside) so it renders as the same literal text. */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIALS, (ch) => `\\${ch}`);
  return escaped.replace(LINE_START, (_all, space: string, marker: string) => {
    if (/^\d/.test(marker)) return `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`;
    return `${space}\\${marker}`;
  });
}

/**
 * Escapes text that may span lines; each line is escaped on its own. Carriage returns become
 * newlines. A line's leading spaces and tabs become no-break spaces: four of them after a blank
 * line would start a code block, and fewer can continue a list.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const indent = /^[ \t]*/.exec(line)![0];
      return '\u00a0'.repeat(indent.replace(/\t/g, '    ').length) + escapeMarkdownLine(line.slice(indent.length));
    })
    .join('\n');
}

/** Prefixes every line with "> " so a multi-line text stays inside one blockquote. */
export function toBlockquote(escapedText: string): string {
  return escapedText
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/**
 * An http(s) URL as a CommonMark autolink, or as escaped text when it is anything else
 * (a `javascript:` URL must never become a link).
 */
export function markdownUrl(url: string): string {
  const href = safeHttpUrl(url);
  // URL serialisation percent-encodes spaces, quotes and angle brackets, so `>` cannot close the autolink early.
  return href === undefined ? escapeMarkdownLine(url) : `<${href}>`;
}

/**
 * A tag as an Obsidian/Markdown hashtag: whitespace becomes "-", characters a tag cannot hold
 * are dropped; nothing when what is left is only digits (Obsidian needs one non-digit: "=1+1"
 * would be "#11", no tag at all). The full tag is in W3C, CSV and the backup.
 */
export function markdownTag(tag: string): string {
  const cleaned = tag.trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_\-/]/gu, '');
  return cleaned && !/^\p{N}+$/u.test(cleaned) ? `#${cleaned}` : '';
}
