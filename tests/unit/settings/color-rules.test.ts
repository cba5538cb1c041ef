import { describe, expect, it } from 'vitest';
import { isColorKey, isColorValue, isSafePaletteColor } from '../../../src/core/settings/color-rules';
import { DEFAULT_PALETTE, DEFAULT_SETTINGS, withDefaults } from '../../../src/core/settings/default-settings';

describe('colour rules', () => {
  it('accept the default palette and the keys the options page makes', () => {
    expect(DEFAULT_PALETTE.every(isSafePaletteColor)).toBe(true);
    // options/palette-editor.tsx names new colours custom-1, custom-2…
    expect(isColorKey('custom-12')).toBe(true);
    // What <input type="color"> writes.
    expect(isColorValue('#d0bfff')).toBe(true);
  });

  it('refuse keys and values that could leave their place in CSS', () => {
    for (const key of ['a"]{}body{display:none}[x="', 'Yellow', 'yellow ', '', 'a'.repeat(33), 'x)', '-'.repeat(40)]) {
      expect(isColorKey(key), key).toBe(false);
    }
    for (const value of ['url(https://evil.example/x)', 'red', '#fff', '#ffe066;x:y', '#ffe06680', 'expression(1)', '']) {
      expect(isColorValue(value), value).toBe(false);
    }
  });
});

describe('withDefaults (the settings store reads and writes through it)', () => {
  it('drops palette entries outside the colour rules and keeps the rest', () => {
    const settings = withDefaults({
      palette: [
        { key: 'a"]{}body{display:none}[x="', name: 'Evil', value: '#ffffff' },
        { key: 'green', name: 'Green', value: 'url(https://evil.example/x)' },
        { key: 'blue', name: 'Blue', value: '#a5d8ff' },
      ],
      defaultColor: 'a"]{}body{display:none}[x="',
    });
    expect(settings.palette).toEqual([{ key: 'blue', name: 'Blue', value: '#a5d8ff' }]);
    expect(settings.defaultColor).toBe('blue');
  });

  it('falls back to the default palette when no entry is usable', () => {
    const settings = withDefaults({ palette: [{ key: 'x"', name: 'X', value: '#000000' }] });
    expect(settings.palette).toEqual(DEFAULT_PALETTE);
    expect(settings.defaultColor).toBe(DEFAULT_SETTINGS.defaultColor);
  });
});
