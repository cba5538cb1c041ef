/**
 * Scans short blocks for print-page labels (第01版：要闻) and e-paper citation lines
 * (《人民日报》（2022年03月31日 第 01 版）), which name the page, section and newspaper.
 */
import { parsePageLabel } from '../../core/article/parse-page-label';
import { parseDate } from '../../core/article/parse-date';
import type { TextBlock } from './collect-blocks';

/** What page labels on the page say. */
export interface PageLabels {
  page?: string;
  section?: string;
  publication?: string;
  date?: string;
  /** Blocks that are only a label, not body text. */
  labelBlocks: Set<TextBlock>;
}

const CITATION_LINE = /《([^》]{2,16})》\s*[（(]?\s*((?:19|20)\d{2}\s*年[^）)]{0,30})/u;

/** Reads page labels from blocks of at most 60 characters. */
export function scanPageLabels(blocks: TextBlock[]): PageLabels {
  const result: PageLabels = { labelBlocks: new Set() };
  for (const block of blocks) {
    if (block.features.chars > 60 || !block.text.includes('版') || block.linkChars * 2 > block.features.chars) continue;
    const label = parsePageLabel(block.text);
    if (!label) continue;
    const citation = CITATION_LINE.exec(block.text);
    if (citation) {
      result.publication ??= citation[1];
      result.date ??= parseDate(citation[2]);
      result.page ??= label.page;
      result.labelBlocks.add(block);
    } else if (result.page === undefined) {
      result.page = label.page;
      result.section = label.section;
      if (block.features.chars <= 20) result.labelBlocks.add(block);
    }
  }
  return result;
}
