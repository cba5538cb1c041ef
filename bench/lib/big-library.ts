/**
 * A big Jianbao library written straight to a backup file: articles whose bodies are real news
 * sentences (the seed e-paper page in ../shared/fixtures and the article texts of
 * ../shared/bench-data, Chinese and English, drawn in a seeded order so every article's body is
 * its own), highlights that quote those bodies (with their selectors and sentence ranges), and
 * clippings with real PNG images. The file is written piece by piece with the backup writer's
 * own pieces (core/export/backup-format.ts), so it is exactly what the options page would write
 * for such a library, and no size is limited by one string. Used by bench:restore, bench:export
 * and the restore e2e tests (through bench/make-library.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Clipping, ClippingImage } from '../../src/core/clippings/clipping';
import {
  backupClipping,
  backupClosing,
  backupHighlight,
  backupImagePieces,
  backupOpening,
  backupRecords,
  BACKUP_BEFORE_CLIPPINGS,
  BACKUP_BEFORE_IMAGES,
  BACKUP_BETWEEN_TABLES,
} from '../../src/core/export/backup-format';
import type { ArticleRecord, Highlight } from '../../src/core/model';
import { DEFAULT_SETTINGS } from '../../src/core/settings/default-settings';
import { Random } from '../anchor/random';

/** How big a library to make. */
export interface LibrarySize {
  highlights: number;
  articles: number;
  clippings: number;
  /** Images per clipping (each a PNG). */
  imagesPerClipping: number;
  /** About how many bytes one image has (noise compresses badly, so this is close to the file's). */
  imageBytes: number;
}

/** The library of issue 16: 100,000 highlights over 5,000 articles, 10,000 clippings with an image each. */
export const FULL_LIBRARY: LibrarySize = { highlights: 100_000, articles: 5_000, clippings: 10_000, imagesPerClipping: 1, imageBytes: 20_000 };

const SHARED = path.resolve('../shared');

/** Chinese e-paper text: lines broken by the columns and spaced by justification, joined again. */
function joinPaperLines(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\n/g, '').replace(/(?<=[\p{Script=Han}\d，。、；：（）])\s+(?=[\p{Script=Han}\d，。、；：（）])/gu, ''))
    .join('\n');
}

/** Sentences (。！？.!? and what closes them) of a text, trimmed, of a useful length. */
export function sentencesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[^。！？.!?\n]+[。！？.!?]+[”」』’"]?/g)) {
    const s = m[0].trim();
    if (s.length >= 12 && s.length <= 400) out.push(s);
  }
  return out;
}

/** Every sentence of the shared texts, in file order: the seed page first, then the bench-data articles. */
export function sentencePool(): string[] {
  const pool = sentencesIn(joinPaperLines(fs.readFileSync(path.join(SHARED, 'fixtures/seed-page.txt'), 'utf8')));
  const extraction = path.join(SHARED, 'bench-data/extraction');
  for (const set of fs.readdirSync(extraction).sort()) {
    const file = path.join(extraction, set, 'pages.jsonl');
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = (JSON.parse(line) as { expected_text?: string | null }).expected_text;
      if (text) pool.push(...sentencesIn(text));
    }
  }
  if (pool.length < 100) throw new Error(`only ${pool.length} sentences found under ${SHARED}`);
  return pool;
}

/** A body of real sentences (a run of consecutive ones, so it reads like an article), with its sentence spans. */
function makeBody(pool: readonly string[], rng: Random): { bodyText: string; sentences: { start: number; end: number }[] } {
  const target = rng.int(1_500, 5_000);
  let at = rng.int(0, pool.length - 1);
  let bodyText = '';
  const sentences: { start: number; end: number }[] = [];
  while (bodyText.length < target) {
    const s = pool[at++ % pool.length];
    if (bodyText) bodyText += rng.next() < 0.25 ? '\n\n' : ' ';
    sentences.push({ start: bodyText.length, end: bodyText.length + s.length });
    bodyText += s;
  }
  return { bodyText, sentences };
}

const PAPERS = ['人民日报', '荆州日报', '南方都市报', 'The Guardian', 'Financial Times', '经济日报'];
const NAMES = ['王子瑶', '刘洁', '孙杨', 'Sarah Chen', 'John Smith', '罗胜华'];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'orange'];
const TAGS = ['法治', 'climate', 'todo', '乡村振兴', 'economy'];

/** A PNG of `side`×`side` pixels of seeded noise (valid chunks and CRCs; noise keeps the size near 3 bytes a pixel). */
export function noisePng(side: number, rng: Random): Uint8Array {
  const raw = Buffer.alloc((side * 3 + 1) * side);
  for (let y = 0; y < side; y++) {
    const row = y * (side * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 1; x <= side * 3; x++) raw[row + x] = (rng.next() * 256) | 0;
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]));
}

/** Writes text to a file in buffered pieces of about 1 MiB. */
class FileWriter {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;
  bytes = 0;
  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.fd = fs.openSync(file, 'w');
  }
  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength > 1 << 20) this.flush();
  }
  private flush(): void {
    if (!this.pending.length) return;
    this.bytes += fs.writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }
  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** What was written. */
export interface LibraryFile {
  file: string;
  bytes: number;
  highlights: number;
  articles: number;
  clippings: number;
  images: number;
  /** Characters of article bodies. */
  bodyChars: number;
  ms: number;
}

const articleUrl = (a: number) => `https://paper${a % 50}.example.cn/html/2024-01/${String(a % 28 + 1).padStart(2, '0')}/content_${a}.htm`;

/**
 * Writes the backup of a library of `size` to `file`. Highlights are spread evenly over the
 * articles; clippings are of the first articles and then of articles kept only in the book.
 * Deterministic for a seed.
 */
export function writeLibrary(file: string, size: LibrarySize, seed = 20261201): LibraryFile {
  const started = performance.now();
  const rng = new Random(seed);
  const pool = sentencePool();
  const out = new FileWriter(file);
  const t0 = Date.UTC(2024, 0, 1);
  out.write(backupOpening(new Date(t0 + 400 * 86_400_000)));
  // Articles first (their bodies are needed again for the highlights: kept per batch only).
  const bodyOf: { bodyText: string; sentences: { start: number; end: number }[] }[] = [];
  let bodyChars = 0;
  const batch = 500;
  const heading = (a: number, bodyText: string) => ({
    title: bodyText.slice(0, bodyText.search(/[。！？.!?]/) + 1 || 30).slice(0, 60),
    authors: [{ name: NAMES[a % NAMES.length], role: 'reporter' as const }],
    publication: PAPERS[a % PAPERS.length],
    date: new Date(t0 + a * 3_600_000).toISOString().slice(0, 10),
    page: `A${String((a % 16) + 1).padStart(2, '0')}`,
  });
  for (let from = 0; from < size.articles; from += batch) {
    const records: ArticleRecord[] = [];
    for (let a = from; a < Math.min(size.articles, from + batch); a++) {
      const body = makeBody(pool, rng);
      bodyOf.push(body);
      bodyChars += body.bodyText.length;
      const url = articleUrl(a);
      const createdAt = t0 + a * 3_600_000;
      records.push({ id: url, url, ...heading(a, body.bodyText), ...body, sources: { title: 'og' }, createdAt, updatedAt: createdAt });
    }
    out.write(backupRecords(records, from === 0));
  }
  out.write(BACKUP_BETWEEN_TABLES);
  let written = 0;
  while (written < size.highlights) {
    const records: Highlight[] = [];
    for (let n = 0; n < 2_000 && written < size.highlights; n++, written++) {
      const a = written % Math.max(1, size.articles);
      const { bodyText, sentences } = bodyOf[a];
      const first = rng.int(0, sentences.length - 1);
      const last = Math.min(sentences.length - 1, first + (rng.next() < 0.2 ? 1 : 0));
      const start = sentences[first].start;
      const end = sentences[last].end;
      const exact = bodyText.slice(start, end);
      const url = articleUrl(a);
      const at = t0 + a * 3_600_000 + Math.floor(written / size.articles) * 60_000;
      records.push({
        id: `h-${written}`, pageUrl: url, pageTitle: heading(a, bodyText).title, articleId: url, sentenceRange: [first, last], exact,
        selectors: [
          { type: 'TextQuoteSelector', exact, prefix: bodyText.slice(Math.max(0, start - 32), start), suffix: bodyText.slice(end, end + 32) },
          { type: 'TextPositionSelector', start, end },
        ],
        color: COLORS[written % COLORS.length], note: rng.next() < 0.2 ? `记一笔：${exact.slice(0, 16)}` : '',
        tags: rng.next() < 0.3 ? [rng.pick(TAGS)] : [], tokens: [], status: 'anchored', createdAt: at, updatedAt: at,
      });
    }
    out.write(backupRecords(records.map(backupHighlight), written === records.length));
  }
  out.write(BACKUP_BEFORE_CLIPPINGS);
  const clippingIds: string[] = [];
  for (let from = 0; from < size.clippings; from += batch) {
    const records: ReturnType<typeof backupClipping>[] = [];
    for (let c = from; c < Math.min(size.clippings, from + batch); c++) {
      const body = c < bodyOf.length ? bodyOf[c] : makeBody(pool, rng);
      const url = articleUrl(c);
      const createdAt = t0 + c * 3_600_000 + 1_000;
      const clipping: Clipping = {
        id: url, pageUrl: url, url, ...heading(c, body.bodyText), note: c % 7 === 0 ? '值得再读' : '', tags: c % 5 === 0 ? ['book'] : [],
        imageCount: size.imagesPerClipping, imageBytes: 0, imagesSkipped: 0, createdAt, updatedAt: createdAt,
      };
      clippingIds.push(url);
      records.push(backupClipping(clipping, body.bodyText));
    }
    out.write(backupRecords(records, from === 0));
  }
  out.write(BACKUP_BEFORE_IMAGES);
  let images = 0;
  const side = Math.max(4, Math.round(Math.sqrt(size.imageBytes / 3)));
  for (const clippingId of clippingIds) {
    for (let index = 0; index < size.imagesPerClipping; index++) {
      const bytes = noisePng(side + rng.int(-2, 2), rng);
      const image: ClippingImage = {
        id: `${clippingId}#img-${index}`, clippingId, index, sourceUrl: `${clippingId.replace(/content_\d+\.htm$/, '')}images/${images}.png`,
        type: 'image/png', bytes: bytes.buffer as ArrayBuffer, size: bytes.byteLength, alt: '', caption: index === 0 ? '（记者 摄）' : '', paragraph: index,
      };
      for (const piece of backupImagePieces(image, images === 0)) out.write(piece);
      images++;
    }
  }
  out.write(backupClosing(DEFAULT_SETTINGS));
  out.close();
  return {
    file, bytes: out.bytes, highlights: written, articles: size.articles, clippings: clippingIds.length, images, bodyChars,
    ms: Math.round(performance.now() - started),
  };
}
