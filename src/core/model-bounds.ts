/**
 * The bounds of the model's numbers, shared by the message schemas (src/messages.ts) and the
 * import record schemas (core/import/record-schemas.ts), so a value that one boundary lets in
 * is one every reader of the record can use: a timestamp every Date and Intl call accepts, a
 * span whose two ends are ordered integers inside the longest text the model stores.
 */
import * as v from 'valibot';

/** The longest article body the model stores (UTF-16 units); offsets never point past it. */
export const MAX_TEXT_OFFSET = 10_000_000;

/**
 * The newest moment a record may carry: 9999-12-31T23:59:59.999Z. The JS Date range ends at
 * 8.64e15 ms (year 275760), but years past 9999 do not round-trip through ISO 8601 text
 * (exports) and are no real moment of a note; the oldest is the epoch.
 */
export const MAX_TIMESTAMP_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A character offset into a page's or an article's text. */
export const OffsetSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT_OFFSET));

/** Milliseconds since the epoch, within [0, MAX_TIMESTAMP_MS]. */
export const TimestampSchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0, 'a timestamp before 1970 is not a moment Jianbao recorded'),
  v.maxValue(MAX_TIMESTAMP_MS, 'the timestamp is past the year 9999'),
);

/** `[first, last]` sentence indexes: exactly two ordered integers. */
export const SentenceRangeSchema = v.pipe(
  v.strictTuple([OffsetSchema, OffsetSchema]),
  v.check((range) => range[0] <= range[1], 'the range ends before it starts'),
);

/** Whether a number is a timestamp the model accepts (cheap check for read paths). */
export function isModelTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TIMESTAMP_MS;
}
