/**
 * The reader's sync settings and the last result, in `browser.storage.local` under keys of
 * their own (`syncConfig`, `syncStatus`): never inside `settings`, so backups (which carry the
 * settings) never carry the server password or the passphrase.
 */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { SYNC_ERROR_CODES, type SyncStatus } from '../../core/sync/sync-errors';

export type { SyncStatus };

export const SYNC_CONFIG_KEY = 'syncConfig';
export const SYNC_STATUS_KEY = 'syncStatus';

const text = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)), '');

export const SyncConfigSchema = v.object({
  enabled: v.optional(v.boolean(), false),
  url: text(2_000),
  db: text(300),
  user: text(300),
  password: text(1_000),
  passphrase: text(1_000),
  /** Also sync the reader's settings (settings-sync.ts; off by default). */
  settings: v.optional(v.boolean(), false),
});
export type SyncConfig = v.InferOutput<typeof SyncConfigSchema>;


export const SyncStatusSchema = v.object({
  at: v.number(),
  ok: v.boolean(),
  code: v.optional(v.picklist(SYNC_ERROR_CODES)),
  detail: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  sent: v.number(),
  received: v.number(),
  skipped: v.number(),
});

export async function loadSyncConfig(): Promise<SyncConfig> {
  const stored = (await browser.storage.local.get(SYNC_CONFIG_KEY))[SYNC_CONFIG_KEY];
  const parsed = v.safeParse(SyncConfigSchema, stored ?? {});
  return parsed.success ? parsed.output : v.parse(SyncConfigSchema, {});
}

export async function saveSyncConfig(config: SyncConfig): Promise<void> {
  await browser.storage.local.set({ [SYNC_CONFIG_KEY]: v.parse(SyncConfigSchema, config) });
}

export async function loadSyncStatus(): Promise<SyncStatus | undefined> {
  const stored = (await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY];
  const parsed = v.safeParse(SyncStatusSchema, stored);
  return parsed.success ? parsed.output : undefined;
}

export async function saveSyncStatus(status: SyncStatus): Promise<void> {
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
}

/** The origin pattern the optional host permission is asked for, or undefined for an address that is not http(s). */
export function originPattern(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return undefined;
  }
}

/** Whether the settings are complete enough to try a sync. */
export function isUsable(config: SyncConfig): boolean {
  return config.enabled && originPattern(config.url) !== undefined && config.db.length > 0;
}
