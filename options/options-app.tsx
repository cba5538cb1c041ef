/**
 * The options page: colours, export defaults, reading, sites where Jianbao stays off,
 * keyboard shortcuts, sync, storage (with "delete everything") and backup/restore.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../src/core/model';
import { loadSettings, saveSettings } from '../src/background/settings-store';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';
import { BackupSection } from './backup-section';
import { CitationStyleSection } from './citation-style-section';
import { ExportDefaults } from './export-defaults';
import { PaletteEditor } from './palette-editor';
import { ShortcutsSection } from './shortcuts-section';
import { StorageSection } from './storage-section';
import { SyncSection } from './sync-section';

/** The page; every change is saved at once and confirmed with a status line. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [restores, setRestores] = useState(0);
  useEffect(() => {
    loadSettings().then(setSettings, (error: unknown) => setStatus({ text: errorText(error), error: true }));
  }, [restores]);
  if (!settings) return <main>{status ? <p role="alert" class="error">{status.text}</p> : <p class="muted">{t('popupLoading')}</p>}</main>;

  const update = async (next: Settings) => {
    setSettings(next);
    try {
      await saveSettings(next);
      setStatus({ text: t('optionsSaved'), error: false });
    } catch (error) {
      setStatus({ text: errorText(error), error: true });
    }
  };

  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <PaletteEditor settings={settings} onChange={(next) => void update(next)} />
      <ExportDefaults settings={settings} onChange={(next) => void update(next)} />
      <CitationStyleSection settings={settings} onChange={(next) => void update(next)} />
      <section aria-labelledby="reading-title">
        <h2 id="reading-title">{t('optionsReading')}</h2>
        <label>
          <input
            type="checkbox"
            data-setting="snapToWords"
            checked={settings.snapToWords}
            onChange={(e) => void update({ ...settings, snapToWords: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('optionsSnapToWords')}
        </label>
        <label>
          <input
            type="checkbox"
            data-setting="hideHighlightsFromPage"
            checked={settings.hideHighlightsFromPage === true}
            onChange={(e) => void update({ ...settings, hideHighlightsFromPage: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('optionsHideHighlights')}
          <span class="muted"> {t('optionsHideHighlightsHelp')}</span>
        </label>
      </section>
      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('optionsExcludedSites')}</h2>
        <label>
          <span class="muted">{t('optionsExcludedSitesHelp')}</span>
          <textarea
            data-setting="excludedSites"
            value={settings.excludedSites.join('\n')}
            onChange={(e) =>
              void update({
                ...settings,
                excludedSites: (e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter(Boolean),
              })
            }
          />
        </label>
      </section>
      <ShortcutsSection />
      <SyncSection />
      <StorageSection refreshKey={restores} />
      <BackupSection settings={settings} onRestored={() => setRestores((n) => n + 1)} />
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={`save-status ${status.error ? 'error' : 'muted'}`}>
          {status.text}
        </p>
      )}
    </main>
  );
}
