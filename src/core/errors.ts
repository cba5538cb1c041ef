/**
 * The closed list of error codes that cross a boundary (message replies, storage, import).
 * Users see one sentence per code (popup/error-messages); the original error stays as `cause`.
 */
export const ERROR_CODES = [
  'InvalidMessage',
  'UnknownMessage',
  'HighlightNotFound',
  'ArticleNotFound',
  'ClippingNotFound',
  'StorageQuota',
  'StorageFailure',
  'SchemaUpgrade',
  'ContextInvalidated',
  'NoContentScript',
  'InvalidImport',
  'ImportTooLarge',
  'Internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class JianbaoError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  constructor(code: ErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`${code}: ${detail}`, options);
    this.name = 'JianbaoError';
    this.code = code;
    this.detail = detail;
  }
}

/** The plain, cloneable failure half of a Result (Error objects do not survive structured clone well). */
export interface Failure {
  ok: false;
  error: { code: ErrorCode; detail: string };
}

export interface Success<T> {
  ok: true;
  value: T;
}

export type Result<T> = Success<T> | Failure;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, detail: string): Failure => ({ ok: false, error: { code, detail } });
