/** The options page: reading preferences and the sites where Jianbao stays off. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../src/core/model';
import { loadSettings, saveSettings } from '../src/background/settings-store';
import { t } from '../popup/i18n';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return <p class="muted">{t('popupLoading')}</p>;

  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
    setSaved(true);
  };

  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <h2>{t('optionsReading')}</h2>
      <label>
        <input
          type="checkbox"
          checked={settings.snapToWords}
          onChange={(e) => void update({ ...settings, snapToWords: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t('optionsSnapToWords')}
      </label>
      <h2>{t('optionsExcludedSites')}</h2>
      <label>
        <span class="muted">{t('optionsExcludedSitesHelp')}</span>
        <textarea
          value={settings.excludedSites.join('\n')}
          onChange={(e) =>
            void update({
              ...settings,
              excludedSites: (e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter(Boolean),
            })
          }
        />
      </label>
      {saved && <p role="status" class="muted">{t('optionsSaved')}</p>}
    </main>
  );
}
