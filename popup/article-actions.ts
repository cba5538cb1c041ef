/**
 * The reader's corrections of an article, from the popup: one typed message to the background
 * (which stores them with the article), a notice for every outcome, and undo.
 */
import { undoCorrection, type Correction } from '../src/core/article/article-corrections';
import type { ArticleRecord, CorrectableField } from '../src/core/model';
import { callBackground } from './background-call';
import { errorText } from './error-text';
import { t } from './i18n';
import type { Notify } from './notice';

/** The fields a correction names. */
function namedFields(correction: Correction): CorrectableField[] {
  return [...(Object.keys(correction.set ?? {}) as CorrectableField[]), ...(correction.confirm ?? []), ...(correction.revert ?? [])];
}

/**
 * Saves a correction of `before` (the record the reader saw) and offers undo, which gives each
 * named field back the value it had: the reader's earlier value, or detection's.
 */
export async function correctWithUndo(
  before: ArticleRecord,
  correction: Correction,
  notify: Notify,
  onChanged: () => void,
  savedText = t('articleSaved'),
): Promise<boolean> {
  try {
    await callBackground('ui-bg:correct-article', { articleId: before.id, correction });
  } catch (error) {
    notify({ kind: 'error', text: errorText(error) });
    return false;
  }
  onChanged();
  const undo = undoCorrection(before, namedFields(correction));
  notify({
    kind: 'info',
    text: savedText,
    action: {
      label: t('undo'),
      run: () => {
        callBackground('ui-bg:correct-article', { articleId: before.id, correction: undo }).then(
          () => {
            onChanged();
            notify({ kind: 'info', text: t('articleRestored') });
          },
          (error: unknown) => notify({ kind: 'error', text: errorText(error) }),
        );
      },
    },
  });
  return true;
}
