/**
 * Why a sync stopped, as a closed list: each code is one sentence in _locales (`syncError` +
 * code, en and zh_CN) that the options page and the popup show. `detail` is for the log.
 */
export const SYNC_ERROR_CODES = [
  'Unreachable',
  'Unauthorized',
  'NoDatabase',
  'ServerError',
  'NotCouch',
  'BadResponse',
  'WrongPassphrase',
  'NeedPassphrase',
  'NotEncrypted',
  'NoPermission',
  'Storage',
] as const;

export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export class SyncError extends Error {
  readonly code: SyncErrorCode;
  readonly detail: string;
  constructor(code: SyncErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`${code}: ${detail}`, options);
    this.name = 'SyncError';
    this.code = code;
    this.detail = detail;
  }
}

/** The result of the last sync, as the options page and the popup show it. */
export interface SyncStatus {
  at: number;
  ok: boolean;
  code?: SyncErrorCode;
  detail?: string;
  /** Records sent to the server, records changed here, server documents refused. */
  sent: number;
  received: number;
  skipped: number;
}
