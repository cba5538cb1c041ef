/**
 * The storage boundary: Dexie and DOMException errors become our closed set of codes,
 * with the original kept as the cause (STYLE.md §6).
 */
import { JianbaoError } from '../../core/errors';

export function toStorageError(error: unknown): JianbaoError {
  if (error instanceof JianbaoError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return new JianbaoError('StorageQuota', 'The browser has no more room for Jianbao\'s data.', { cause: error });
  }
  if (name === 'VersionError' || name === 'UpgradeError') {
    return new JianbaoError('SchemaUpgrade', message, { cause: error });
  }
  return new JianbaoError('StorageFailure', message, { cause: error });
}

/** Runs a storage operation and maps whatever it throws at this one boundary. */
export async function withStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
