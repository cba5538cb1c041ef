/**
 * Finds the character encoding of an HTML file: BOM, then <meta charset> or http-equiv in
 * the first 4 KB, else UTF-8. GB2312/GBK labels map to GB18030, their superset, because pages
 * labelled GB2312 routinely contain GBK-only characters.
 */

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu;

/** The WHATWG encoding label to decode the bytes with. */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  let head = '';
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]);
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!label) return 'utf-8';
  if (label === 'gb2312' || label === 'gbk' || label === 'x-gbk' || label === 'gb_2312-80') return 'gb18030';
  return label;
}

/**
 * Decodes HTML bytes with the sniffed charset, falling back to UTF-8 for unknown labels.
 * Saved pages are often re-encoded to UTF-8 while keeping their old <meta charset=gbk>;
 * GBK text with Han characters is practically never valid UTF-8, so valid UTF-8 wins.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const label = sniffCharset(bytes);
  if (label !== 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: the declared charset is right.
    }
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** True when decoded text looks like an HTML document (a tag among the first 64 KB). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|div|p|table|meta|title)[\s>]/iu.test(text.slice(0, 65536));
}
