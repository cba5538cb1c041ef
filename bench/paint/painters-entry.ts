// Bundled by bench/paint.bench.mjs into the benchmark page: both painters, as the annotator makes them.
import { DEFAULT_PALETTE } from '../../src/core/settings/default-settings';
import { createOverlayPainter } from '../../src/dom/highlight/overlay-painter';
import { createPainter } from '../../src/dom/highlight/paint-highlights';

(globalThis as Record<string, unknown>).__painters = {
  'custom-highlight': () => createPainter(document, DEFAULT_PALETTE),
  overlay: () => createOverlayPainter(document, DEFAULT_PALETTE),
};
