/** The keyboard shortcuts as the browser has them now, and where the browser lets the reader change them. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../popup/i18n';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** True in the Firefox build (a build flag; absent under test, where Chrome wording is used). */
function isFirefox(): boolean {
  return typeof __FIREFOX__ !== 'undefined' && __FIREFOX__;
}

/** Lists browser.commands; an unassigned command says so instead of showing an empty cell. */
export function ShortcutsSection() {
  const [commands, setCommands] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    browser.commands.getAll().then(
      (all) => setCommands(all.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }))),
      () => setCommands([]),
    );
  }, []);
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('optionsShortcuts')}</h2>
      <table class="shortcuts">
        <tbody>
          {(commands ?? []).map((c) => (
            <tr key={c.name} data-command={c.name}>
              <td>{c.name === '_execute_action' ? t('commandOpenPopup') : c.description}</td>
              <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">{t('optionsNoShortcut')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">{isFirefox() ? t('optionsShortcutsFirefox') : t('optionsShortcutsChrome')}</p>
    </section>
  );
}
