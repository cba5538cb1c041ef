// The big-library generator the restore benchmark and e2e tests use (bench/lib/big-library.ts):
// what it writes is a backup the streaming reader accepts whole, its highlights quote their
// articles' bodies at their positions, its images are real PNGs, and a seed gives the same file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { sentencePool, writeLibrary } from '../../../bench/lib/big-library';
import { sniffImageType } from '../../../src/core/clippings/sniff-image';
import { BackupStreamReader } from '../../../src/core/import/backup-stream';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-big-library-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const size = { highlights: 230, articles: 20, clippings: 25, imagesPerClipping: 2, imageBytes: 3_000 };

function read(file: string) {
  const reader = new BackupStreamReader();
  const text = fs.readFileSync(file, 'utf8');
  // In uneven pieces, as the options page reads it.
  for (let at = 0; at < text.length; at += 7_919) reader.write(text.slice(at, at + 7_919));
  return reader.finish();
}

describe('big library generator', () => {
  it('writes a backup the streaming reader restores whole, with the counts asked for', () => {
    const file = path.join(dir, 'a.json');
    const written = writeLibrary(file, size);
    expect(written).toMatchObject({ highlights: 230, articles: 20, clippings: 25, images: 50, bytes: fs.statSync(file).size });
    const plan = read(file);
    if (!plan.ok) throw new Error(plan.error.detail);
    expect(plan.value.articles).toHaveLength(20);
    expect(plan.value.highlights).toHaveLength(230);
    expect(plan.value.clippings?.clippings).toHaveLength(25);
    expect(plan.value.clippings?.images).toHaveLength(50);
    expect(plan.value.settings).toBeDefined();
    expect(new Set(plan.value.articles.map((a) => a.bodyText)).size).toBe(20);
  });

  it('quotes real sentences of the article at the stored position and sentence range', () => {
    const file = path.join(dir, 'b.json');
    writeLibrary(file, size);
    const plan = read(file);
    if (!plan.ok) throw new Error(plan.error.detail);
    const pool = new Set(sentencePool());
    const articles = new Map(plan.value.articles.map((a) => [a.id, a]));
    for (const h of plan.value.highlights) {
      const article = articles.get(h.articleId!)!;
      const position = h.selectors.find((s) => s.type === 'TextPositionSelector')!;
      expect(article.bodyText.slice(position.start, position.end)).toBe(h.exact);
      const [first, last] = h.sentenceRange!;
      expect(article.sentences[first].start).toBe(position.start);
      expect(article.sentences[last].end).toBe(position.end);
      expect(pool.has(article.bodyText.slice(article.sentences[first].start, article.sentences[first].end))).toBe(true);
    }
  });

  it('stores PNGs whose pixels decode, and the same file for the same seed', () => {
    const one = path.join(dir, 'c.json');
    const two = path.join(dir, 'd.json');
    writeLibrary(one, size, 5);
    writeLibrary(two, size, 5);
    expect(fs.readFileSync(one).equals(fs.readFileSync(two))).toBe(true);
    const plan = read(one);
    if (!plan.ok) throw new Error(plan.error.detail);
    for (const image of plan.value.clippings!.images) {
      const bytes = Buffer.from(image.bytes);
      expect(sniffImageType(bytes)).toBe('image/png');
      const side = bytes.readUInt32BE(16);
      const idatLength = bytes.readUInt32BE(33);
      expect(bytes.subarray(37, 41).toString('latin1')).toBe('IDAT');
      expect(zlib.inflateSync(bytes.subarray(41, 41 + idatLength)).length).toBe((side * 3 + 1) * side);
    }
  });
});
