/**
 * The part of a pdf.js text item reading order needs (pdf.js `TextItem`: `str`, `transform`,
 * `width`, `height`, `hasEOL`), turned into glyph runs with a box. Pure: the items come from
 * pdf.js in the CLI (Node) or the reader page, this module never imports pdf.js.
 */

/** What pdf.js `page.getTextContent()` gives per item (its `TextItem`); marked-content items have no `str`. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: the text matrix times the page's; e, f is the baseline origin in PDF units (y up). */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** One run of glyphs with its box, in PDF units with y going up (baseline at `base`). */
export interface GlyphRun {
  /** Index of the pdf.js item it came from (the viewer maps text offsets back to text-layer spans by it). */
  item: number;
  /** The item's text without leading/trailing spaces, compatibility characters folded (one unit for one). */
  str: string;
  /** Where `str` starts in the item's own `str` (after its leading spaces). */
  from: number;
  x0: number;
  x1: number;
  base: number;
  size: number;
}

/**
 * CJK radicals that have no NFKC fold but stand for one ideograph in running text (Unicode's
 * EquivalentUnifiedIdeograph.txt): the C-simplified forms Chinese text layers use (⻛ 风,
 * ⻔ 门, ⺠ 民…) and a few traditional ones. Component-only radicals (⻈ 讠) are not mapped.
 */
const RADICAL_IDEOGRAPHS: Record<number, string> = {
  0x2e9c: '日', 0x2e9d: '月', 0x2ea0: '民', 0x2ea9: '王', 0x2eac: '示', 0x2ebc: '月', 0x2ebd: '臼',
  0x2ec1: '虎', 0x2ec4: '西', 0x2ec5: '见', 0x2ec6: '角', 0x2ec9: '贝', 0x2ecb: '车', 0x2ed1: '長',
  0x2ed3: '长', 0x2ed4: '门', 0x2ed8: '青', 0x2ed9: '韦', 0x2eda: '页', 0x2edb: '风', 0x2edc: '飞',
  0x2edd: '食', 0x2ee1: '首', 0x2ee2: '马', 0x2ee3: '骨', 0x2ee4: '鬼', 0x2ee5: '鱼', 0x2ee6: '鸟',
  0x2ee7: '卤', 0x2ee8: '麦', 0x2ee9: '黄', 0x2eea: '黾', 0x2eec: '齐', 0x2eee: '齿', 0x2ef0: '龙',
};

/**
 * Kangxi radicals (U+2F00–U+2FD5) and CJK radicals (U+2E80–U+2EF3) stand in a text layer for
 * the ideographs they look like: Chromium's PDF writer and some e-paper typesetters map 日 月 一
 * 工 风 门 to ⽇ ⽉ ⼀ ⼯ ⻛ ⻔ in their ToUnicode tables, so search, segmentation and quotes would
 * miss them. NFKC folds the Kangxi radicals and CJK compatibility ideographs, the table above
 * the rest; only a fold that keeps the length (one UTF-16 unit for one) is taken, so offsets
 * into the item stay exact.
 */
export function foldCompatibilityIdeographs(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff)) {
      const folded = RADICAL_IDEOGRAPHS[code] ?? text[i].normalize('NFKC');
      out += folded.length === 1 ? folded : text[i];
    } else out += text[i];
  }
  return out;
}

/**
 * Glyph runs of the horizontal, non-empty items. pdf.js inserts items of spaces for gaps it
 * sees; those are dropped here because reading order measures gaps itself (a space comes back
 * where the gap is wide enough). Rotated and vertical text is left out (a known limit: vertical
 * CJK columns are rare on news pages and need their own order).
 */
export function glyphRuns(items: readonly PdfTextItem[]): GlyphRun[] {
  const runs: GlyphRun[] = [];
  items.forEach((item, index) => {
    if (typeof item.str !== 'string' || item.str.trim() === '' || !Array.isArray(item.transform)) return;
    const [a, b, c, d, e, f] = item.transform;
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) return;
    const size = Math.abs(d) || item.height;
    if (!(size > 0) || !Number.isFinite(e) || !Number.isFinite(f)) return;
    // A run that starts or ends in spaces: keep the glyphs only, the box shrinks by the space widths.
    const lead = item.str.length - item.str.trimStart().length;
    const trail = item.str.length - item.str.trimEnd().length;
    const perChar = item.width / Math.max(1, item.str.length);
    runs.push({
      item: index,
      from: lead,
      str: foldCompatibilityIdeographs(item.str.slice(lead, item.str.length - trail)),
      x0: e + lead * perChar,
      x1: e + item.width - trail * perChar,
      base: f,
      size,
    });
  });
  return runs;
}
