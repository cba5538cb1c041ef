/**
 * Writes a big library as a Jianbao backup file (bench/lib/big-library.ts) and prints what it
 * wrote as one JSON line.
 *   npm run --silent bench:make-library -- [--highlights N] [--articles N] [--clippings N]
 *     [--images-per-clipping N] [--image-bytes N] [--seed N] --out FILE
 * Defaults: the full library of issue 16 (100,000 highlights, 5,000 articles, 10,000 clippings
 * with one ~20 KB image each).
 */
import { FULL_LIBRARY, writeLibrary, type LibrarySize } from './lib/big-library';

const options: Record<string, string> = {};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  if (!argv[i].startsWith('--') || argv[i + 1] === undefined) {
    console.error(`make-library: expected --name value pairs, got ${argv.slice(i).join(' ')}`);
    process.exit(2);
  }
  options[argv[i].slice(2)] = argv[i + 1];
}
const number = (name: string, fallback: number): number => {
  const value = options[name] === undefined ? fallback : Number(options[name]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`make-library: --${name} must be a whole number, got ${options[name]}`);
    process.exit(2);
  }
  return value;
};
if (!options.out) {
  console.error('make-library: --out FILE is missing');
  process.exit(2);
}
const size: LibrarySize = {
  highlights: number('highlights', FULL_LIBRARY.highlights),
  articles: Math.max(1, number('articles', FULL_LIBRARY.articles)),
  clippings: number('clippings', FULL_LIBRARY.clippings),
  imagesPerClipping: number('images-per-clipping', FULL_LIBRARY.imagesPerClipping),
  imageBytes: number('image-bytes', FULL_LIBRARY.imageBytes),
};
console.log(JSON.stringify(writeLibrary(options.out, size, number('seed', 20261201))));
