/** One sentence per error code for the reader (the stack goes to the console once). */
import { JianbaoError } from '../../core/errors';
import { t } from './messaging';

export function readerMessage(error: unknown): string {
  const code = error instanceof JianbaoError ? error.code : 'Internal';
  if (!(error instanceof JianbaoError) || code === 'Internal' || code === 'StorageFailure') {
    console.error('[jianbao:annotator]', error);
  }
  return t(`error${code}`) || t('errorInternal');
}
