/** The reader's settings for the popup (palette, export format, citation style), defaults until loaded. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../src/core/model';
import { DEFAULT_SETTINGS } from '../src/core/settings/default-settings';
import { loadSettings } from '../src/background/settings-store';

/** Settings from browser.storage.local; the defaults render first so the popup never waits on them. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    loadSettings().then(setSettings, (error: unknown) => console.error('[jianbao:popup] settings', error));
  }, []);
  return settings;
}
