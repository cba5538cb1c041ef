/**
 * Checks a CSL style file a reader gives (options page, command line) before it is stored or
 * used: a size limit, XML the engine can parse, a <style> root in the CSL namespace with the
 * sections a style needs. Each failure is one sentence the reader can act on.
 */
/** Largest accepted style: the biggest official styles are about 250 KB. */
export const MAX_STYLE_BYTES = 1024 * 1024;

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';

/** The style's title, or the sentence why it cannot be used. */
export type StyleCheck = { ok: true; title: string } | { ok: false; error: string };

export function validateCslStyle(xml: string): StyleCheck {
  if (new TextEncoder().encode(xml).length > MAX_STYLE_BYTES) return { ok: false, error: 'the file is larger than 1 MB, which no CSL style is' };
  const text = xml.replace(/^\uFEFF/, '');
  if (!text.trim()) return { ok: false, error: 'the file is empty' };
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { ok: false, error: 'the file declares a DTD or entities, which CSL styles never do' };
  const root = /<([A-Za-z_][\w.-]*:)?style\b([^>]*)>/.exec(text);
  const first = /<([A-Za-z_][\w.:-]*)/.exec(text.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''));
  if (!first || !root || first[1] !== `${root[1] ?? ''}style`) return { ok: false, error: 'it is not a CSL style (its first element is not <style>)' };
  if (!root[2].includes(CSL_NAMESPACE)) return { ok: false, error: `its <style> element is not in the CSL namespace ${CSL_NAMESPACE}` };
  if (!/<citation\b/.test(text)) return { ok: false, error: 'it has no <citation> section' };
  if (/<link\b[^>]*rel="independent-parent"/.test(text) && !/<layout\b/.test(text)) {
    return { ok: false, error: 'it is a dependent style (it only points at a parent style); add the parent style file instead' };
  }
  const unbalanced = firstUnbalancedTag(text);
  if (unbalanced) return { ok: false, error: `it is not well-formed XML (${unbalanced})` };
  const title = /<title>([^<]*)<\/title>/.exec(text)?.[1]?.trim();
  return { ok: true, title: title || 'Untitled CSL style' };
}

/**
 * citeproc-js's own XML reader accepts broken markup silently, so elements are matched here:
 * every start tag closed in order, one root. Returns what is wrong, or undefined.
 */
function firstUnbalancedTag(xml: string): string | undefined {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (body.slice(last, m.index).includes('<')) return 'a "<" that does not start a tag';
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== name) return open ? `</${name}> closes <${open}>` : `</${name}> has no start tag`;
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  if (body.slice(last).includes('<')) return 'a "<" that does not start a tag';
  if (stack.length) return `<${stack[stack.length - 1]}> is never closed`;
  if (roots !== 1) return 'it has more than one root element';
  return undefined;
}
