/**
 * How a citation is written out: plain text (clipboard), Markdown or HTML. The citation
 * builders pass every piece of record text through `text`, so titles from web pages stay
 * inert in every markup, and mark the newspaper name with `italic`.
 */
import { escapeHtml } from './escape-html';
import { escapeMarkdownLine } from './escape-markdown';

/** The markups a citation can be written in. */
export type CitationMarkup = 'plain' | 'markdown' | 'html';

/** Escapes and emphasises in one markup. */
export interface MarkupWriter {
  text(raw: string): string;
  italic(raw: string): string;
}

const oneLine = (raw: string): string => raw.replace(/\s+/g, ' ').trim();

const WRITERS: Record<CitationMarkup, MarkupWriter> = {
  plain: { text: oneLine, italic: oneLine },
  markdown: {
    text: (raw) => escapeMarkdownLine(oneLine(raw)),
    italic: (raw) => `*${escapeMarkdownLine(oneLine(raw))}*`,
  },
  html: { text: (raw) => escapeHtml(oneLine(raw)), italic: (raw) => `<i>${escapeHtml(oneLine(raw))}</i>` },
};

/** The writer for a markup. */
export function markupWriter(markup: CitationMarkup): MarkupWriter {
  return WRITERS[markup];
}

/** Appends a full stop unless the text already ends a sentence (Latin or CJK punctuation). */
export function withStop(text: string): string {
  return /[.?!。？！]$/.test(text) ? text : `${text}.`;
}
