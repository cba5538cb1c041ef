/** One sentence per error code for the reader, from _locales (never a stack trace). */
import { JianbaoError } from '../src/core/errors';
import { t } from './i18n';

export function errorText(error: unknown): string {
  if (error instanceof JianbaoError) return t(`error${error.code}`);
  console.error('[jianbao:popup]', error);
  return t('errorInternal');
}
