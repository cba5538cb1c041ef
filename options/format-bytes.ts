/** Byte counts for people: "12.3 MB" in the reader's language. */
import { uiLanguage } from '../popup/i18n';

export function formatBytes(bytes: number, lang = uiLanguage()): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(lang || 'en', { style: 'unit', unit: units[unit], maximumFractionDigits: 1 }).format(value);
}
