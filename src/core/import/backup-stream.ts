/**
 * Reads a Jianbao backup of any size as a stream of text chunks: the JSON is tokenised as it
 * arrives (@streamparser/json), each record of `articles`, `highlights`, `clippings` and
 * `clippingImages` is validated the moment it is complete and only its validated copy is kept
 * (an image as its decoded bytes), so the file's text is never held whole and a bad record is
 * reported while reading, naming its table, index and field, exactly as `readBackup` does for
 * a parsed file.
 *
 * Nothing is written here: `finish()` gives the same ImportPlan as `parseImportFile`, which
 * import-service writes in one transaction (all or nothing).
 */
import { JSONParser } from '@streamparser/json';
import * as v from 'valibot';
import { fail, ok, type Result } from '../errors';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../export/backup-format';
import type { Clipping, ClippingImage, ClippingText } from '../clippings/clipping';
import { cleanClippingSettings } from '../settings/default-settings';
import type { ArticleRecord, Highlight, Settings } from '../model';
import { finishClippingSet, readBackupClipping, readBackupImage } from './clipping-records';
import { describeIssues } from './describe-issues';
import type { ImportPlan } from './import-plan';
import { ArticleSchema, HighlightSchema, SettingsSchema } from './record-schemas';

/** The record tables a backup carries, each validated record by record. */
const TABLES = ['articles', 'highlights', 'clippings', 'clippingImages'] as const;
type TableName = (typeof TABLES)[number];

const HEAD_KEYS = ['format', 'version', 'exportedAt', 'settings'] as const;

const HeadSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.string(),
});

/** Whether the start of a file (its first few KB) names itself a Jianbao backup. */
export function looksLikeBackup(head: string): boolean {
  return /"format"\s*:\s*"jianbao-backup"/.test(head);
}

/**
 * @streamparser/json 0.0.26 decodes the bytes of every string piece with a TextDecoder that
 * strips a leading byte-order mark, so each U+FEFF inside a string (zero-width no-break space,
 * common in copied web text, e.g. Wikipedia's coordinates) was dropped: a body lost characters,
 * its sentence spans ended past it, and the restore of the reader's own backup was refused.
 * JSON.parse keeps them; the reader's string decoder is replaced by one that keeps them too.
 * A test (backup-stream.test.ts) fails if a later version of the library moves this decoder.
 */
function keepByteOrderMarks(parser: JSONParser): void {
  const strings = (parser as unknown as { tokenizer?: { bufferedString?: { decoder?: TextDecoder } } }).tokenizer?.bufferedString;
  if (strings?.decoder instanceof TextDecoder) strings.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
}

export class BackupStreamReader {
  private readonly parser: JSONParser;
  private readonly head: Record<string, unknown> = {};
  private readonly articles: ArticleRecord[] = [];
  private readonly highlights: Highlight[] = [];
  private readonly clippings: Clipping[] = [];
  private readonly clippingTexts: ClippingText[] = [];
  private readonly images: ClippingImage[] = [];
  private readonly imageIndexes: number[] = [];
  private hasClippings = false;
  private readonly seen: Record<TableName, Map<string, number>> = { articles: new Map(), highlights: new Map(), clippings: new Map(), clippingImages: new Map() };
  /** The first problem found; reading stops there (the rest of the file cannot make it valid). */
  private problem: string | undefined;
  private started = false;

  /**
   * `keepImageBytes: false` (the command line's text exports): every image is read and checked
   * as on restore, but only its description is kept, with empty bytes, so a library's photos
   * (hundreds of MB decoded) are not held for an export that never shows them.
   */
  constructor(private readonly options: { keepImageBytes?: boolean } = {}) {
    this.parser = new JSONParser({
      paths: TABLES.map((t) => `$.${t}.*`).concat(HEAD_KEYS.map((k) => `$.${k}`)),
      // Emitted records are dropped from their array: memory holds validated copies only.
      keepStack: false,
    });
    this.parser.onValue = ({ value, key, stack }) => this.take(value, key, stack.length > 1 ? stack[1].key : undefined);
    keepByteOrderMarks(this.parser);
  }

  /** How many records were read and accepted so far (for progress). */
  get recordCount(): number {
    return this.articles.length + this.highlights.length + this.clippings.length + this.images.length;
  }

  /** Feeds the next piece of the file's text; false once a problem was found (stop reading). */
  write(chunk: string): boolean {
    if (this.problem) return false;
    const text = this.started ? chunk : chunk.replace(/^\uFEFF/, '');
    this.started = true;
    try {
      this.parser.write(text);
    } catch (error) {
      this.problem ??= `The file is not JSON (${(error as Error).message}).`;
    }
    return !this.problem;
  }

  /** The validated plan once the whole file was written, or the first problem. */
  finish(): Result<ImportPlan> {
    const version = this.head.version;
    // A newer writer's records may fail this version's schemas: say so first.
    if (typeof version === 'number' && version > BACKUP_VERSION) {
      return fail('InvalidImport', `This backup was written by a newer Jianbao (backup version ${version}; this one reads up to ${BACKUP_VERSION}). Update Jianbao, then import it again.`);
    }
    if (this.problem) return fail('InvalidImport', this.problem.startsWith('The file') ? this.problem : `The backup is not valid: ${this.problem}`);
    if (!this.parser.isEnded) {
      try {
        this.parser.end();
      } catch (error) {
        return fail('InvalidImport', `The file is not JSON (${(error as Error).message}).`);
      }
    }
    const head = v.safeParse(HeadSchema, this.head);
    if (!head.success) return fail('InvalidImport', `The backup is not valid: ${describeIssues(head.issues, 'backup')}`);
    const plan: ImportPlan = { source: 'jianbao-backup', articles: this.articles, highlights: this.highlights, warnings: [] };
    if (this.hasClippings || this.images.length) {
      plan.clippings = { clippings: this.clippings, texts: this.clippingTexts, images: this.images };
      const problem = finishClippingSet(plan.clippings, this.imageIndexes);
      if (problem) return fail('InvalidImport', `The backup is not valid: ${problem}`);
    }
    if (this.head.settings !== undefined) {
      const settings = v.safeParse(SettingsSchema, this.head.settings);
      if (!settings.success) return fail('InvalidImport', `The backup is not valid: ${describeIssues(settings.issues, 'backup.settings')}`);
      plan.settings = { ...(settings.output as Settings), clipping: cleanClippingSettings(settings.output.clipping) };
    }
    return ok(plan);
  }

  private take(value: unknown, key: string | number | undefined, table: string | number | undefined): void {
    if (this.problem) return;
    if (table === undefined) {
      // A head value ($.format, $.version, …). The record arrays are not emitted whole.
      if (typeof key === 'string') this.head[key] = value;
      return;
    }
    if (typeof table !== 'string' || typeof key !== 'number') return;
    if (!(TABLES as readonly string[]).includes(table)) return;
    const name = table as TableName;
    const where = `backup.${name}[${key}]`;
    const record = this.validate(name, value, where);
    if (!record) return;
    const first = this.seen[name].get(record.id);
    if (first !== undefined) {
      this.problem = `${name}[${key}].id: repeats the id of ${name}[${first}] (${JSON.stringify(record.id)})`;
      return;
    }
    this.seen[name].set(record.id, key);
    if (name === 'articles') this.articles.push(record as ArticleRecord);
    else if (name === 'highlights') this.highlights.push(record as Highlight);
    else if (name === 'clippingImages') {
      this.images.push(record as ClippingImage);
      this.imageIndexes.push(key);
    }
  }

  /** The validated copy of one record, or undefined with `problem` set. */
  private validate(name: TableName, value: unknown, where: string): { id: string } | undefined {
    if (name === 'articles' || name === 'highlights') {
      const parsed = v.safeParse(name === 'articles' ? ArticleSchema : HighlightSchema, value);
      if (parsed.success) return parsed.output;
      this.problem = describeIssues(parsed.issues, where);
      return undefined;
    }
    if (name === 'clippings') {
      const read = readBackupClipping(value, where);
      if (!read.ok) return void (this.problem = read.error.detail);
      this.hasClippings = true;
      // Pushed here: a repeated id is refused right after, before anything is written.
      this.clippings.push(read.value.clipping);
      this.clippingTexts.push(read.value.text);
      return read.value.clipping;
    }
    const image = readBackupImage(value, where);
    if (!image.ok) return void (this.problem = image.error.detail);
    if (this.options.keepImageBytes !== false) return image.value;
    const described: ClippingImage = { ...image.value, bytes: new ArrayBuffer(0) };
    return described;
  }
}
