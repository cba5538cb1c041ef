/** UI strings come from _locales (en, zh_CN) through the browser, which follows its UI language. */
import browser from 'webextension-polyfill';

export function t(key: string, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions.length ? substitutions : undefined) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
