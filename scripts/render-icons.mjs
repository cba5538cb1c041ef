#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifest names. The PNGs are committed; run
// `npm run icons` after changing the SVG.
import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';

const svg = fs.readFileSync('icons/icon.svg', 'utf8');
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  fs.writeFileSync(`icons/icon-${size}.png`, png);
  console.log(`icons/icon-${size}.png`);
}
