/** Highlights the page no longer contains: listed with their quote, never dropped, with "Find again". */
import type { Highlight } from '../src/core/model';
import { HighlightCard, type CardContext } from './highlight-card';
import { t } from './i18n';

/** The orphans of the page and a button that asks the page to anchor them once more. */
export function OrphanSection({ orphans, ctx, onFindAgain }: { orphans: Highlight[]; ctx: CardContext; onFindAgain: () => void }) {
  if (orphans.length === 0) return null;
  return (
    <section class="orphans" aria-labelledby="orphans-title">
      <div class="section-head">
        <h2 id="orphans-title">{t('popupOrphans', String(orphans.length))}</h2>
        <button type="button" data-action="find-again" onClick={onFindAgain}>
          {t('popupFindAgain')}
        </button>
      </div>
      <p class="muted small">{t('popupOrphansHelp')}</p>
      <ul class="highlights">
        {orphans.map((h) => (
          <HighlightCard key={h.id} highlight={h} ctx={ctx} />
        ))}
      </ul>
    </section>
  );
}
