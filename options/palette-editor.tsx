/** The highlight colours: name and colour of each (up to MAX_PALETTE_COLORS), and which one is the default. */
import type { PaletteColor, Settings } from '../src/core/model';
import { MAX_PALETTE_COLORS } from '../src/core/settings/default-settings';
import { t } from '../popup/i18n';
import { colorName } from '../popup/palette-colors';

/** A key for a new colour that no existing colour uses ("custom-1", "custom-2"…), valid for the message schema. */
function freshColorKey(palette: readonly PaletteColor[]): string {
  for (let n = 1; ; n++) {
    const key = `custom-${n}`;
    if (!palette.some((c) => c.key === key)) return key;
  }
}

/** One row per colour; keys never change, so highlights keep their colour when it is renamed. */
export function PaletteEditor({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const { palette } = settings;
  const setColor = (index: number, patch: Partial<PaletteColor>) =>
    onChange({ ...settings, palette: palette.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  return (
    <section aria-labelledby="colours-title">
      <h2 id="colours-title">{t('optionsColours')}</h2>
      <p class="muted">{t('optionsColoursHelp', String(MAX_PALETTE_COLORS))}</p>
      <ul class="palette">
        {palette.map((color, i) => (
          <li key={color.key} data-key={color.key}>
            <input type="color" value={color.value} aria-label={t('optionsColourValue', colorName(color))} onChange={(e) => setColor(i, { value: (e.target as HTMLInputElement).value })} />
            <input
              type="text"
              value={colorName(color)}
              maxLength={40}
              aria-label={t('optionsColourName')}
              onChange={(e) => {
                const name = (e.target as HTMLInputElement).value.trim();
                if (name) setColor(i, { name });
              }}
            />
            <label class="inline">
              <input type="radio" name="default-colour" checked={settings.defaultColor === color.key} onChange={() => onChange({ ...settings, defaultColor: color.key })} />{' '}
              {t('optionsDefaultColour')}
            </label>
            <button
              type="button"
              disabled={palette.length <= 1}
              aria-label={t('optionsRemoveColour', colorName(color))}
              onClick={() => onChange({ ...settings, palette: palette.filter((_, j) => j !== i) })}
            >
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-action="add-colour"
        disabled={palette.length >= MAX_PALETTE_COLORS}
        onClick={() => onChange({ ...settings, palette: [...palette, { key: freshColorKey(palette), name: t('optionsNewColour'), value: '#d0bfff' }] })}
      >
        {t('optionsAddColour')}
      </button>
    </section>
  );
}
