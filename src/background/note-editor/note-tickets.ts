/**
 * Tickets for the note editor frame. The annotator asks for one when the reader opens the note
 * editor; the frame (an extension page embedded in the page) presents it with every request.
 * A ticket names the tab and frame it was made for and the highlight it edits, so a frame the
 * page embedded by itself (the page can load any web-accessible resource) can do nothing, and a
 * frame in another tab cannot use a ticket it never saw.
 *
 * Tickets live in `storage.session`: it survives the background being stopped between the
 * reader opening the editor and saving (the MV3 worker may sleep while they type) and, unlike
 * `storage.local`, is not readable by content scripts and is forgotten when the browser closes.
 */
import browser from 'webextension-polyfill';

export interface NoteTicket {
  token: string;
  tabId: number;
  /** The frame of the annotator that opened the editor (it gets the "closed" message). */
  frameId: number;
  highlightId: string;
  createdAt: number;
  /**
   * The frame that first presented the ticket. Only that frame may use it afterwards, so a copy
   * of the editor the page might load with the same ticket (it would have to learn it first)
   * gets nothing.
   */
  claimedBy?: number;
}

/** A note takes a while to write, but an editor left open overnight is not one the reader is writing. */
export const TICKET_LIFETIME_MS = 12 * 60 * 60 * 1000;
const KEY_PREFIX = 'note-ticket:';

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Where `storage.session` is missing (never in the target browsers), tickets live as long as the background. */
const memory = new Map<string, unknown>();
const memoryArea: SessionArea = {
  get: async (key) => (memory.has(key) ? { [key]: memory.get(key) } : {}),
  set: async (items) => void Object.entries(items).forEach(([k, v]) => memory.set(k, v)),
  remove: async (key) => void memory.delete(key),
};

function area(): SessionArea {
  return ((browser.storage as unknown as { session?: SessionArea }).session ?? memoryArea);
}

export async function issueTicket(tabId: number, frameId: number, highlightId: string, now = Date.now()): Promise<NoteTicket> {
  const ticket: NoteTicket = { token: crypto.randomUUID(), tabId, frameId, highlightId, createdAt: now };
  await area().set({ [KEY_PREFIX + ticket.token]: ticket });
  return ticket;
}

/**
 * The ticket, if it exists, is young enough, was made for the sender's tab and is presented by
 * the frame that claimed it (the first one to present it claims it); otherwise null.
 */
export async function ticketFor(
  token: string,
  sender: { tabId: number; frameId: number } | undefined,
  now = Date.now(),
): Promise<NoteTicket | null> {
  const key = KEY_PREFIX + token;
  const ticket = (await area().get(key))[key] as NoteTicket | undefined;
  if (!ticket || !sender || ticket.tabId !== sender.tabId) return null;
  if (now - ticket.createdAt > TICKET_LIFETIME_MS) {
    await area().remove(key);
    return null;
  }
  if (ticket.claimedBy === undefined) {
    ticket.claimedBy = sender.frameId;
    await area().set({ [key]: ticket });
  }
  return ticket.claimedBy === sender.frameId ? ticket : null;
}

export async function dropTicket(token: string): Promise<void> {
  await area().remove(KEY_PREFIX + token);
}
