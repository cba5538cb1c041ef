/**
 * The reader's corrections of an article's fields and how they meet detection.
 *
 * A stored article record is always the merged one: for every field the reader set or
 * confirmed (`readerFields`) it holds the reader's value, for every other field the latest
 * detection's — except fields detection was unsure of, which are held back as suggestions
 * (absent from the record, so exports and citations leave them out) until the reader confirms
 * them. Everything downstream (queries, exports, citations, the popup, the clipping book)
 * therefore reads the record as it is and never needs to know about corrections.
 */
import {
  CORRECTABLE_FIELDS,
  type ArticleFields,
  type ArticleRecord,
  type CorrectableField,
  type Person,
} from '../model';
import { FACT_THRESHOLD } from './field-confidence';

/** Below this confidence a detected field is a suggestion for the reader to confirm, not a fact (the detector's threshold). */
export const SUGGESTION_BELOW = FACT_THRESHOLD;

/** What a detection says about the correctable fields, with its confidence per field when known. */
export interface FieldDetection {
  fields: ArticleFields;
  confidence?: Partial<Record<CorrectableField, number>>;
}

/** The correction part of a record, as merging or correcting leaves it. */
export type MergedFields = ArticleFields & Pick<ArticleRecord, 'readerFields' | 'detected' | 'suggested' | 'confidence'>;

/** One request of the reader: set fields to values, confirm suggestions or shown values, go back to detection. */
export interface Correction {
  set?: Partial<ArticleFields>;
  confirm?: CorrectableField[];
  revert?: CorrectableField[];
}

type FieldValue = ArticleFields[CorrectableField];

export function isEmptyValue(value: FieldValue | undefined): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return value.trim() === '';
}

/** Trimmed strings; people trimmed, empty names dropped, each name+role once. */
export function cleanFieldValue<F extends CorrectableField>(field: F, value: ArticleFields[F] | undefined): ArticleFields[F] | undefined {
  if (value === undefined) return undefined;
  if (field === 'authors') {
    const seen = new Set<string>();
    const people: Person[] = [];
    for (const person of value as Person[]) {
      const name = person.name.replace(/\s+/g, ' ').trim();
      const key = `${person.role}\u0000${name}`;
      if (!name || seen.has(key)) continue;
      seen.add(key);
      people.push({ name, role: person.role });
    }
    return people as ArticleFields[F];
  }
  const text = (value as string).replace(/\s+/g, ' ').trim();
  return (text || undefined) as ArticleFields[F] | undefined;
}

/** The correctable fields of a record (a copy: arrays are not shared). */
export function fieldsOf(record: ArticleFields): ArticleFields {
  const fields: ArticleFields = { title: record.title, authors: record.authors.map((p) => ({ ...p })) };
  for (const field of CORRECTABLE_FIELDS) {
    if (field === 'title' || field === 'authors') continue;
    const value = record[field];
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}

/** Writes one field's value into an object of fields; "none" removes an optional field. */
function put(target: Partial<ArticleFields>, field: CorrectableField, value: FieldValue | undefined): void {
  if (field === 'authors') target.authors = ((value as Person[] | undefined) ?? []).map((p) => ({ ...p }));
  else if (field === 'title') target.title = (value as string | undefined) ?? '';
  else if (value === undefined || isEmptyValue(value)) delete target[field];
  else target[field] = value as string;
}

/** Removes empty bookkeeping so records without corrections stay as they were. */
function tidy<R extends MergedFields>(merged: R): R {
  if (merged.readerFields && Object.keys(merged.readerFields).length === 0) delete merged.readerFields;
  if (merged.detected && Object.keys(merged.detected).length === 0) delete merged.detected;
  if (merged.suggested && merged.suggested.length === 0) delete merged.suggested;
  if (merged.confidence && Object.keys(merged.confidence).length === 0) delete merged.confidence;
  return merged;
}

/**
 * A new detection meets what is stored: the reader's fields keep the reader's values (the new
 * detection is remembered in `detected`), the others take the detection, and a detected value
 * below SUGGESTION_BELOW is held back as a suggestion. The headline is never held back: a
 * record always needs one, and the page's own title is no better than an unsure headline.
 */
export function mergeDetection(previous: Partial<MergedFields> | undefined, detection: FieldDetection): MergedFields {
  const readerFields = { ...(previous?.readerFields ?? {}) };
  const merged: MergedFields = { title: '', authors: [], readerFields, detected: {}, suggested: [] };
  const confidence = detection.confidence ?? {};
  if (detection.confidence) merged.confidence = { ...detection.confidence };
  for (const field of CORRECTABLE_FIELDS) {
    const found = cleanFieldValue(field, detection.fields[field]);
    if (readerFields[field] !== undefined && previous) {
      put(merged, field, previous[field]);
      put(merged.detected!, field, found);
      continue;
    }
    const unsure = (confidence[field] ?? 1) < SUGGESTION_BELOW && field !== 'title' && !isEmptyValue(found);
    if (unsure) {
      put(merged, field, undefined);
      put(merged.detected!, field, found);
      merged.suggested!.push(field);
    } else {
      put(merged, field, found);
    }
  }
  return tidy(merged);
}

/** The value the reader sees for a field: the record's, or the held-back suggestion. */
export function shownValue<F extends CorrectableField>(record: Partial<MergedFields>, field: F): ArticleFields[F] | undefined {
  if (record.suggested?.includes(field)) return record.detected?.[field] as ArticleFields[F] | undefined;
  return record[field] as ArticleFields[F] | undefined;
}

/**
 * Applies one correction at time `now`: a set or confirmed field becomes the reader's (its
 * detected value is kept in `detected`); a reverted field goes back to what detection found,
 * held back again if detection was unsure of it.
 */
export function applyCorrection<R extends MergedFields>(record: R, correction: Correction, now: number): R {
  const next: R = {
    ...record,
    authors: record.authors.map((p) => ({ ...p })),
    readerFields: { ...(record.readerFields ?? {}) },
    detected: { ...(record.detected ?? {}) },
    suggested: [...(record.suggested ?? [])],
  };
  const own = (field: CorrectableField, value: FieldValue | undefined) => {
    if (next.readerFields![field] === undefined && !next.suggested!.includes(field)) put(next.detected!, field, record[field]);
    next.suggested = next.suggested!.filter((f) => f !== field);
    put(next, field, value);
    next.readerFields![field] = now;
  };
  for (const field of correction.confirm ?? []) own(field, shownValue(record, field));
  for (const field of CORRECTABLE_FIELDS) {
    if (correction.set && Object.hasOwn(correction.set, field)) own(field, cleanFieldValue(field, correction.set[field]));
  }
  for (const field of correction.revert ?? []) {
    if (next.readerFields![field] === undefined) continue;
    delete next.readerFields![field];
    const found = next.detected![field];
    const unsure = (next.confidence?.[field] ?? 1) < SUGGESTION_BELOW && field !== 'title' && !isEmptyValue(found);
    if (unsure) {
      put(next, field, undefined);
      if (!next.suggested!.includes(field)) next.suggested!.push(field);
    } else {
      put(next, field, found);
      delete next.detected![field];
    }
  }
  return tidy(next);
}

/**
 * The correction that undoes `after` back to `before` (both records of one article): fields
 * that were the reader's get their old value again, the others go back to detection.
 */
export function undoCorrection(before: Partial<MergedFields>, changed: readonly CorrectableField[]): Correction {
  const set: Partial<ArticleFields> = {};
  const revert: CorrectableField[] = [];
  for (const field of changed) {
    if (before.readerFields?.[field] !== undefined) put(set, field, before[field] ?? (field === 'authors' ? [] : undefined));
    else revert.push(field);
    // put() drops an empty optional field; undo must still clear it, so say "none" explicitly.
    if (before.readerFields?.[field] !== undefined && field !== 'authors' && field !== 'title' && before[field] === undefined) {
      (set as Record<string, string>)[field] = '';
    }
  }
  return { ...(Object.keys(set).length ? { set } : {}), ...(revert.length ? { revert } : {}) };
}
