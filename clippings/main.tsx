import { render } from 'preact';
import { t, uiLanguage } from '../popup/i18n';
import { BookApp } from './book-app';

// The bench (bench/clippings.bench.ts) measures from here to the contents in the DOM.
performance.mark('jianbao:script-start');
document.documentElement.lang = uiLanguage() || navigator.language;
document.title = t('bookTitle');
render(<BookApp />, document.getElementById('app')!);
