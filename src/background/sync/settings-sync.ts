/**
 * Settings sync (optional: Options → Sync, "Also sync settings", off by default). The settings
 * that describe the reader's way of working travel as one more record, `settings:settings`,
 * merged field by field like any record (last writer wins per setting). Per-device settings
 * stay here: how highlights are painted (`hideHighlightsFromPage`, a choice about the pages and
 * the machine) and everything of sync itself (server, user, password, passphrase: a key of
 * their own in storage, never in `settings`).
 *
 * Settings live in `browser.storage.local`, not IndexedDB, so this is a step of its own after
 * the push: read the server's document, merge, store the merge, send it back if the server
 * lacks something; its meta is kept in the sync state row. A browser that turns settings sync
 * on for the first time while the server has settings takes the server's (it joins the
 * reader's settings instead of overwriting them with its defaults).
 */
import * as v from 'valibot';
import { SettingsSchema } from '../../core/import/record-schemas';
import type { Settings } from '../../core/model';
import { withDefaults } from '../../core/settings/default-settings';
import { canonicalJson, docFor, maxStamp, splitDoc, stampLocal, type SyncMeta, type SyncedKind } from '../../core/sync/record-meta';
import { checkSyncDoc } from '../../core/sync/remote-doc';
import { mergeDocs, type SyncDoc } from '../../core/sync/sync-doc';
import type { JianbaoDb } from '../db/database';
import type { CouchClient } from './couch-client';
import type { DocCodec } from './doc-codec';
import type { Stamper, SyncCounts } from './local-store';
import type { SyncStateRow } from './sync-state';

/** The settings that sync; the others stay on each device. */
export const SYNCED_SETTINGS = ['palette', 'defaultColor', 'exportFormat', 'citationStyle', 'snapToWords', 'excludedSites', 'clipping'] as const;
/** Never synced: the painter is a per-device choice. (Sync's own settings are not in Settings at all.) */
export const DEVICE_SETTINGS = ['hideHighlightsFromPage'] as const;

export const SETTINGS_ID = 'settings';

/** Where this device keeps its settings (browser.storage.local in the extension, memory in tests). */
export interface SettingsAccess {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

const KIND = 'settings' as unknown as SyncedKind; // a SyncKind that has no Dexie table

function syncedPart(settings: Settings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of SYNCED_SETTINGS) out[name] = settings[name];
  return out;
}

/** One settings round: merge the server's settings into this device's and send what the server lacks. */
export async function syncSettings(
  db: JianbaoDb, client: CouchClient, codec: DocCodec, state: SyncStateRow, stamper: Stamper, access: SettingsAccess, counts: SyncCounts, now: number,
): Promise<void> {
  const sid = await codec.serverId(KIND, SETTINGS_ID);
  for (let round = 0; round < 3; round++) {
    // The stamps are this device's whatever the server; a revision only of the server it came from.
    const stored = state.settings?.meta;
    const local = await access.load();
    const row = syncedPart(local);
    const body = await client.getDoc(sid);
    let remote: SyncDoc | undefined;
    let rev: string | undefined;
    if (body) {
      const decoded = await codec.decode(body);
      const check = decoded.ok ? checkSyncDoc(decoded.doc, now) : decoded;
      if (!check.ok || check.doc.kind !== KIND || check.doc.id !== SETTINGS_ID) {
        counts.skipped.push({ id: sid, reason: check.ok ? 'not the settings document' : check.reason });
        return;
      }
      remote = check.doc;
      rev = typeof body._rev === 'string' ? body._rev : undefined;
      stamper.receive(maxStamp(remote));
    }
    // Joining: no meta here yet and settings on the server — the server's win (no local stamps).
    const joining = !stored && remote !== undefined;
    const mine = joining ? undefined : stampLocal(KIND, SETTINGS_ID, row, stored, stamper.next, stamper.node, sid).meta;
    const merged = mine ? (remote ? mergeDocs(docFor(mine, row), remote) : docFor(mine, row)) : remote!;
    const { values, meta } = splitDoc(merged, false, sid, rev, 0);
    const next = { ...local, ...(values ?? {}) };
    const parsed = v.safeParse(SettingsSchema, next);
    if (!parsed.success) {
      counts.skipped.push({ id: sid, reason: `the synced settings are not valid: ${v.summarize(parsed.issues)}` });
      return;
    }
    const settings = withDefaults(parsed.output as Partial<Settings>);
    if (canonicalJson(syncedPart(settings)) !== canonicalJson(row)) {
      await access.save(settings);
      counts.received++;
    }
    if (remote && canonicalJson(merged) === canonicalJson(remote)) {
      // The server has it all: remember its revision (nothing to send).
      state.settings = { target: state.target, meta };
      await db.syncState.put(state);
      return;
    }
    const [result] = await client.bulkDocs([{ _id: sid, ...(rev ? { _rev: rev } : {}), ...(await codec.encode(sid, merged)) }]);
    if (result?.ok && result.rev) {
      state.settings = { target: state.target, meta: { ...meta, rev: result.rev } };
      await db.syncState.put(state);
      counts.sent++;
      return;
    }
    // Another device wrote first: read theirs and merge again (the meta keeps this round's stamps).
    state.settings = { target: state.target, meta };
    await db.syncState.put(state);
    if (result?.error !== 'conflict') {
      counts.skipped.push({ id: sid, reason: `the server refused the settings: ${result?.error ?? 'no answer'}` });
      return;
    }
  }
}
