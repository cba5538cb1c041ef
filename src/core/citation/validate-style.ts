/**
 * Checks a CSL style file a reader gives (options page, command line) before it is stored or
 * used: a size limit, XML the engine can parse, a <style> root in the CSL namespace with the
 * sections a style needs. Each failure is a code the pages say in the reader's language and the
 * command line in English: one sentence the reader can act on.
 */
/** Largest accepted style: the biggest official styles are about 250 KB. */
export const MAX_STYLE_BYTES = 1024 * 1024;

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';

/**
 * Why a file cannot be used, as a code and the tag names it mentions: the pages turn it into a
 * sentence in the reader's language (_locales `styleProblem_<code>`, `$1`, `$2` = args), the
 * command line into the English one below. A test keeps the two English texts equal.
 */
export type StyleProblemCode =
  | 'tooLarge'
  | 'empty'
  | 'dtd'
  | 'notStyle'
  | 'namespace'
  | 'noCitation'
  | 'dependent'
  | 'strayLessThan'
  | 'closesOther'
  | 'noStartTag'
  | 'neverClosed'
  | 'manyRoots';

export interface StyleProblem {
  code: StyleProblemCode;
  args: string[];
}

/** The English sentences (the end of "X cannot be used as a citation style: …"), `$n` = args[n-1]. */
export const STYLE_PROBLEM_EN: Record<StyleProblemCode, string> = {
  tooLarge: 'the file is larger than 1 MB, which no CSL style is',
  empty: 'the file is empty',
  dtd: 'the file declares a DTD or entities, which CSL styles never do',
  notStyle: 'it is not a CSL style (its first element is not <style>)',
  namespace: 'its <style> element is not in the CSL namespace $1',
  noCitation: 'it has no <citation> section',
  dependent: 'it is a dependent style (it only points at a parent style); add the parent style file instead',
  strayLessThan: 'it is not well-formed XML (a "<" that does not start a tag)',
  closesOther: 'it is not well-formed XML (</$1> closes <$2>)',
  noStartTag: 'it is not well-formed XML (</$1> has no start tag)',
  neverClosed: 'it is not well-formed XML (<$1> is never closed)',
  manyRoots: 'it is not well-formed XML (it has more than one root element)',
};

/** A problem's sentence from a table of texts with `$1`, `$2` placeholders. */
export function styleProblemText(problem: StyleProblem, texts: Record<StyleProblemCode, string> = STYLE_PROBLEM_EN): string {
  return texts[problem.code].replace(/\$(\d)/g, (_, n: string) => problem.args[Number(n) - 1] ?? '');
}

/** The style's title, or why it cannot be used (`error` is the English sentence). */
export type StyleCheck = { ok: true; title: string } | { ok: false; problem: StyleProblem; error: string };

const refuse = (code: StyleProblemCode, ...args: string[]): StyleCheck => {
  const problem = { code, args };
  return { ok: false, problem, error: styleProblemText(problem) };
};

export function validateCslStyle(xml: string): StyleCheck {
  if (new TextEncoder().encode(xml).length > MAX_STYLE_BYTES) return refuse('tooLarge');
  const text = xml.replace(/^\uFEFF/, '');
  if (!text.trim()) return refuse('empty');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return refuse('dtd');
  const root = /<([A-Za-z_][\w.-]*:)?style\b([^>]*)>/.exec(text);
  const first = /<([A-Za-z_][\w.:-]*)/.exec(text.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''));
  if (!first || !root || first[1] !== `${root[1] ?? ''}style`) return refuse('notStyle');
  if (!root[2].includes(CSL_NAMESPACE)) return refuse('namespace', CSL_NAMESPACE);
  if (!/<citation\b/.test(text)) return refuse('noCitation');
  if (/<link\b[^>]*rel="independent-parent"/.test(text) && !/<layout\b/.test(text)) return refuse('dependent');
  const unbalanced = firstUnbalancedTag(text);
  if (unbalanced) return refuse(unbalanced.code, ...unbalanced.args);
  const title = /<title>([^<]*)<\/title>/.exec(text)?.[1]?.trim();
  return { ok: true, title: title || 'Untitled CSL style' };
}

/**
 * citeproc-js's own XML reader accepts broken markup silently, so elements are matched here:
 * every start tag closed in order, one root. Returns what is wrong, or undefined.
 */
function firstUnbalancedTag(xml: string): StyleProblem | undefined {
  const problem = (code: StyleProblemCode, ...args: string[]): StyleProblem => ({ code, args });
  const body = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (body.slice(last, m.index).includes('<')) return problem('strayLessThan');
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== name) return open ? problem('closesOther', name, open) : problem('noStartTag', name);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  if (body.slice(last).includes('<')) return problem('strayLessThan');
  if (stack.length) return problem('neverClosed', stack[stack.length - 1]);
  if (roots !== 1) return problem('manyRoots');
  return undefined;
}
