/**
 * What the reader can do to one highlight from the popup. Writes go to the background's
 * services by typed messages (one place for each rule); every outcome is reported through a
 * notice, so nothing fails silently.
 */
import { citedQuoteText } from '../src/core/citation/cite-highlight';
import type { ArticleRecord, Highlight, Settings } from '../src/core/model';
import type { RequestPayload } from '../src/messages';
import { askReader, isPdfKey } from '../src/core/pdf/reader-channel';
import { callBackground } from './background-call';
import { referenceOf } from './citations';
import { fallbackSentence } from '../src/core/citation/style-fallback';
import { errorText } from './error-text';
import { articleForHighlight } from './fallback-article';
import { t } from './i18n';
import type { Notify } from './notice';

/** The fields the popup can change, as the update message carries them. */
type HighlightChanges = RequestPayload<'ui-bg:update-highlight'>['changes'];

/** Saves a change (colour, note, tags); reports a failure and resolves to undefined. */
export async function changeHighlight(id: string, changes: HighlightChanges, notify: Notify): Promise<Highlight | undefined> {
  try {
    return await callBackground('ui-bg:update-highlight', { id, changes });
  } catch (error) {
    notify({ kind: 'error', text: errorText(error) });
    return undefined;
  }
}

/** Deletes a highlight and offers undo, which puts the very same record back. */
export async function deleteWithUndo(highlight: Highlight, notify: Notify, onChanged: () => void): Promise<void> {
  try {
    const deleted = await callBackground('ui-bg:delete-highlight', { id: highlight.id });
    onChanged();
    notify({
      kind: 'info',
      text: t('highlightDeleted'),
      action: {
        label: t('undo'),
        run: () => {
          callBackground('ui-bg:restore-highlight', { highlight: deleted }).then(onChanged, (error: unknown) =>
            notify({ kind: 'error', text: errorText(error) }),
          );
        },
      },
    });
  } catch (error) {
    notify({ kind: 'error', text: errorText(error) });
  }
}

/** Copies the quote, note and citation (the reader's citation style) to the clipboard. */
export async function copyCitation(
  highlight: Highlight,
  articles: ReadonlyMap<string, ArticleRecord>,
  settings: Settings,
  notify: Notify,
): Promise<void> {
  try {
    // The access date is when the highlight was made, which is when the reader read the page.
    const reference = await referenceOf(articleForHighlight(highlight, articles), settings.citationStyle, new Date(highlight.createdAt));
    await navigator.clipboard.writeText(citedQuoteText(highlight, reference.text));
    // Copied either way; a style that could not be used is said, with what was used instead.
    notify({ kind: 'info', text: reference.fallback ? `${t('popupCopied')} ${fallbackSentence(reference.fallback, t)}` : t('popupCopied') });
  } catch (error) {
    console.error('[jianbao:popup] clipboard', error);
    notify({ kind: 'error', text: t('popupCopyFailed') });
  }
}

/**
 * Asks the page to scroll to the highlight and flash it; says so when it is not on the page. A
 * PDF's highlight is shown by Jianbao's reader tab, which is asked over the reader channel.
 */
export async function scrollToHighlight(tabId: number, highlight: Pick<Highlight, 'id' | 'pageUrl'>, notify: Notify): Promise<void> {
  const { id } = highlight;
  try {
    const { found } = isPdfKey(highlight.pageUrl)
      ? ((await askReader(tabId, { type: 'scroll-to', id })) as { found?: unknown })
      : await callBackground('ui-bg:scroll-to-highlight', { tabId, id });
    if (!found) notify({ kind: 'error', text: t('popupNotOnPage') });
  } catch (error) {
    notify({ kind: 'error', text: errorText(error) });
  }
}
