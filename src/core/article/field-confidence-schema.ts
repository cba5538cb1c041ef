/**
 * valibot schema of the evidence tags per field (model FieldEvidence), shared by the message
 * protocol (what the content script sends) and the backup import. Bounds: known fields only,
 * at most 16 tags of 60 characters per field — tags are short names such as "agrees:og".
 */
import * as v from 'valibot';
import { CONFIDENCE_FIELDS, type ConfidenceField } from '../model';

const tagsSchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(16));

/** Evidence tags keyed by field; unknown fields are refused. */
export const FieldEvidenceSchema = v.strictObject(
  Object.fromEntries(CONFIDENCE_FIELDS.map((field) => [field, v.optional(tagsSchema)])) as Record<ConfidenceField, v.OptionalSchema<typeof tagsSchema, undefined>>,
);
