import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs test helper without types
import { colourShare, frequentColours } from '../../lib/png-colours.mjs';

/** A 10×10 PNG: the left `yellowColumns` columns highlight yellow, the rest white; one transparent black row. */
function picture(yellowColumns: number): Buffer {
  const png = new PNG({ width: 10, height: 10 });
  for (let y = 0; y < 10; y++) {
    for (let x = 0; x < 10; x++) {
      const i = (y * 10 + x) * 4;
      const [r, g, b] = x < yellowColumns ? [0xff, 0xe0, 0x66] : [255, 255, 255];
      png.data[i] = y === 9 ? 0 : r;
      png.data[i + 1] = y === 9 ? 0 : g;
      png.data[i + 2] = y === 9 ? 0 : b;
      png.data[i + 3] = y === 9 ? 0 : 255;
    }
  }
  return PNG.sync.write(png);
}

describe('png-colours (screenshot checks without ImageMagick)', () => {
  it('counts the share of pixels near a colour, transparent ones read as white', () => {
    const png = picture(4);
    expect(colourShare(png, '#ffe066')).toBeCloseTo(36 / 100);
    expect(colourShare(png, '#ffffff', { fuzz: 0.01 })).toBeCloseTo(64 / 100);
    expect(colourShare(png, '#ffe066', { crop: { x: 0, y: 0, width: 4, height: 9 } })).toBe(1);
    expect(colourShare(png, '#0000ff')).toBe(0);
  });

  it('lists the frequent colours most frequent first', () => {
    expect(frequentColours(picture(3))).toEqual([
      { n: 73, hex: 'FFFFFF' },
      { n: 27, hex: 'FFE066' },
    ]);
  });
});
