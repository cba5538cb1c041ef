/**
 * Text for HTML and XHTML output. Stored page text is untrusted: every character that markup
 * gives a meaning to is escaped, and the characters XML 1.0 forbids (C0 controls other than tab
 * and line breaks, lone surrogates, U+FFFE/U+FFFF) are dropped, so an EPUB's XHTML stays
 * well-formed whatever a page held.
 */
import { escapeHtml } from '../../export/escape-html';

// With the u flag a surrogate pair is one code point, so [\uD800-\uDFFF] matches lone halves only.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** The text without characters XML cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text escaped for element content and quoted attribute values in HTML and XHTML alike. */
export function escapeXml(text: string): string {
  return escapeHtml(xmlSafe(text));
}
