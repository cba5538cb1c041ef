/** Reads a Jianbao backup (any version up to the current one) into an import plan. */
import * as v from 'valibot';
import { fail, ok, type Result } from '../errors';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../export/backup-format';
import type { ClippingSet } from '../export/export-bundle';
import { cleanClippingSettings } from '../settings/default-settings';
import { finishClippingSet, readBackupClipping, readBackupImage } from './clipping-records';
import { describeIssues } from './describe-issues';
import type { ImportPlan } from './import-plan';
import { ArticleSchema, HighlightSchema, SettingsSchema } from './record-schemas';

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.string(),
  articles: v.array(ArticleSchema),
  highlights: v.array(HighlightSchema),
  settings: v.optional(SettingsSchema),
  // Checked record by record below (clipping-records.ts), as the streaming reader does.
  clippings: v.optional(v.array(v.unknown())),
  clippingImages: v.optional(v.array(v.unknown())),
});

/** The clipping book of a parsed backup, validated; a problem names its record and field. */
function readClippingSet(clippings: unknown[], images: unknown[]): Result<ClippingSet> {
  const set: ClippingSet = { clippings: [], texts: [], images: [] };
  for (const [i, value] of clippings.entries()) {
    const read = readBackupClipping(value, `backup.clippings[${i}]`);
    if (!read.ok) return read;
    set.clippings.push(read.value.clipping);
    set.texts.push(read.value.text);
  }
  for (const [i, value] of images.entries()) {
    const read = readBackupImage(value, `backup.clippingImages[${i}]`);
    if (!read.ok) return read;
    set.images.push(read.value);
  }
  const duplicate = duplicateId(set.clippings, 'clippings') ?? duplicateId(set.images, 'clippingImages');
  const problem = duplicate ?? finishClippingSet(set, images.map((_, i) => i));
  return problem ? fail('InvalidImport', problem) : ok(set);
}

/** The first repeated id in a list, as "name[j] repeats the id of name[i]". */
function duplicateId(records: readonly { id: string }[], name: string): string | undefined {
  const seen = new Map<string, number>();
  for (const [index, record] of records.entries()) {
    const first = seen.get(record.id);
    if (first !== undefined) return `${name}[${index}].id: repeats the id of ${name}[${first}] (${JSON.stringify(record.id)})`;
    seen.set(record.id, index);
  }
  return undefined;
}

/** Validates a parsed backup object; every problem names its record and field. */
export function readBackup(data: Record<string, unknown>): Result<ImportPlan> {
  if (typeof data.version === 'number' && data.version > BACKUP_VERSION) {
    return fail('InvalidImport', `This backup was written by a newer Jianbao (backup version ${data.version}; this one reads up to ${BACKUP_VERSION}). Update Jianbao, then import it again.`);
  }
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) return fail('InvalidImport', `The backup is not valid: ${describeIssues(parsed.issues, 'backup')}`);
  const { articles, highlights, settings } = parsed.output;
  const duplicate = duplicateId(articles, 'articles') ?? duplicateId(highlights, 'highlights');
  if (duplicate) return fail('InvalidImport', `The backup is not valid: ${duplicate}`);
  const plan: ImportPlan = { source: 'jianbao-backup', articles, highlights, warnings: [] };
  if (parsed.output.clippings || parsed.output.clippingImages) {
    const book = readClippingSet(parsed.output.clippings ?? [], parsed.output.clippingImages ?? []);
    if (!book.ok) return fail('InvalidImport', `The backup is not valid: ${book.error.detail}`);
    plan.clippings = book.value;
  }
  if (settings) plan.settings = { ...settings, clipping: cleanClippingSettings(settings.clipping) };
  return ok(plan);
}
