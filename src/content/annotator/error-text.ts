/** One sentence per error code for the reader (the stack goes to the console once). */
import { JianbaoError } from '../../core/errors';
import { hasMessage, t } from './messaging';

export function readerMessage(error: unknown): string {
  const code = error instanceof JianbaoError ? error.code : 'Internal';
  if (!(error instanceof JianbaoError) || code === 'Internal' || code === 'StorageFailure') {
    console.error('[jianbao:annotator]', error);
  }
  // A code without a sentence of its own (one from a newer background, say) reads as the generic one.
  const key = `error${code}`;
  return t(hasMessage(key) ? key : 'errorInternal');
}
