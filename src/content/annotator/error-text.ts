/** One sentence per error code, and one for a selection too long to store, for the reader (the stack goes to the console once). */
import { JianbaoError } from '../../core/errors';
import { hasMessage, t } from './messaging';
import { SelectionTooLong } from './selection-too-long';

export function readerMessage(error: unknown): string {
  // Not a failure but a limit: the reader can act on it, so it gets its own sentence.
  if (error instanceof SelectionTooLong) return t('selectionTooLong', error.limit.toLocaleString('en'));
  const code = error instanceof JianbaoError ? error.code : 'Internal';
  if (!(error instanceof JianbaoError) || code === 'Internal' || code === 'StorageFailure') {
    console.error('[jianbao:annotator]', error);
  }
  // A code without a sentence of its own (one from a newer background, say) reads as the generic one.
  const key = `error${code}`;
  return t(hasMessage(key) ? key : 'errorInternal');
}
