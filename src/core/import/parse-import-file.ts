/**
 * The import entry point: checks the size, parses the JSON, recognises the format (Jianbao
 * backup, W3C Web Annotation, Hypothesis export) and validates every record. Nothing is
 * written here; the returned plan goes to import-service, which writes it in one
 * transaction.
 */
import { fail, type Result } from '../errors';
import { BACKUP_FORMAT } from '../export/backup-format';
import { readBackup } from './backup-import';
import { hypothesisItems, readHypothesis } from './hypothesis-import';
import { MAX_IMPORT_BYTES, sizeRuleDetail, type ImportOptions, type ImportPlan } from './import-plan';
import { readW3c, w3cItems } from './w3c-import';

/** UTF-8 size of a string without encoding it (a 50 MB file would otherwise be copied once more). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isHypothesisRow(item: unknown): boolean {
  return typeof item === 'object' && item !== null && 'uri' in item && !('type' in item);
}


/** Reads an import file's text into a validated plan, or a failure that says what is wrong and where. */
export function parseImportFile(text: string, options: ImportOptions = {}): Result<ImportPlan> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  // Each UTF-16 unit is at least one byte, so only long texts need counting.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) {
    return fail('ImportTooLarge', sizeRuleDetail(utf8Length(text), maxBytes));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('InvalidImport', `The file is not JSON (${(error as Error).message}).`);
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && 'format' in data) {
    const record = data as Record<string, unknown>;
    if (record.format === BACKUP_FORMAT) return readBackup(record);
    return fail('InvalidImport', `Unknown file format ${JSON.stringify(String(record.format).slice(0, 60))}.`);
  }
  // A bare array of Hypothesis API rows has `uri` and no `type`; anything else array-shaped is read as W3C.
  if (Array.isArray(data) && isHypothesisRow(data[0])) return readHypothesis(data, options);
  const w3c = w3cItems(data);
  if (w3c) return readW3c(w3c, options);
  const hypothesis = hypothesisItems(data);
  if (hypothesis) return readHypothesis(hypothesis, options);
  return fail(
    'InvalidImport',
    'This file is not one Jianbao can import: expected a Jianbao backup, W3C Web Annotation JSON or a Hypothesis JSON export.',
  );
}
