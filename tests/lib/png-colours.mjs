// Reads colours off a PNG screenshot in Node (pngjs), so tests and benchmarks need no ImageMagick.
import fs from 'node:fs';
import { PNG } from 'pngjs';

/** Decodes a PNG file or buffer into { width, height, data } (RGBA, 8 bits a channel). */
export function readPng(fileOrBuffer) {
  const buffer = typeof fileOrBuffer === 'string' ? fs.readFileSync(fileOrBuffer) : fileOrBuffer;
  return PNG.sync.read(buffer);
}

const hexRgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Pixels of the image, or of crop {x, y, width, height} within it, as [r, g, b] rows (alpha over white). */
function* pixels(png, crop) {
  const x0 = crop?.x ?? 0;
  const y0 = crop?.y ?? 0;
  const x1 = Math.min(png.width, x0 + (crop?.width ?? png.width));
  const y1 = Math.min(png.height, y0 + (crop?.height ?? png.height));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      const a = png.data[i + 3] / 255;
      // Transparent parts are shown on white, as a viewer shows them.
      yield [0, 1, 2].map((c) => Math.round(png.data[i + c] * a + 255 * (1 - a)));
    }
  }
}

/**
 * Share (0–1) of the pixels within `fuzz` of colour `hex`: the Euclidean RGB distance as a share
 * of the largest possible one, the way ImageMagick's -fuzz percentage reads.
 */
export function colourShare(fileOrBuffer, hex, { fuzz = 0.15, crop } = {}) {
  const png = readPng(fileOrBuffer);
  const target = hexRgb(hex);
  const limit = fuzz * Math.sqrt(3) * 255;
  let near = 0;
  let all = 0;
  for (const px of pixels(png, crop)) {
    all++;
    if (Math.hypot(px[0] - target[0], px[1] - target[1], px[2] - target[2]) <= limit) near++;
  }
  return all === 0 ? 0 : near / all;
}

/**
 * The most frequent colours of a region, most frequent first: pixels are grouped in boxes of 16
 * levels a channel and each box reports its mean colour as hex and its pixel count.
 */
export function frequentColours(fileOrBuffer, { crop, count = 6 } = {}) {
  const png = readPng(fileOrBuffer);
  const boxes = new Map();
  for (const [r, g, b] of pixels(png, crop)) {
    const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
    const box = boxes.get(key) ?? { n: 0, r: 0, g: 0, b: 0 };
    box.n++;
    box.r += r;
    box.g += g;
    box.b += b;
    boxes.set(key, box);
  }
  const hex2 = (v) => Math.round(v).toString(16).padStart(2, '0').toUpperCase();
  return [...boxes.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, count)
    .map((box) => ({ n: box.n, hex: hex2(box.r / box.n) + hex2(box.g / box.n) + hex2(box.b / box.n) }));
}
