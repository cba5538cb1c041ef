/** A reference list in one citation style: one entry per article, GB/T 7714 numbered [1], [2]… */
import { groupHighlights, type ExportBundle } from './export-bundle';
import { formatCitation, type CitationStyle } from './format-citation';

/** The reference list as plain text, one entry per line. */
export function buildCitationList(bundle: ExportBundle, style: CitationStyle): string {
  const entries = groupHighlights(bundle).map(({ article }) => formatCitation(article, style, new Date(article.createdAt)));
  const numbered = style.startsWith('gbt7714') ? entries.map((e, i) => `[${i + 1}] ${e}`) : entries;
  return numbered.length ? `${numbered.join('\n')}\n` : '';
}
