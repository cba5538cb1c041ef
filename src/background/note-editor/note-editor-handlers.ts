/**
 * The note editor's side of the background. The frame (note-frame/, an extension page the
 * annotator embeds in its closed shadow root) loads the note and tags here and saves them here,
 * so what the reader types goes from the frame straight to storage: it never crosses the page's
 * DOM, its event listeners or the annotator. The annotator only learns that the editor closed,
 * with the stored record (its isolated world is out of the page's reach).
 */
import browser from 'webextension-polyfill';
import { JianbaoError } from '../../core/errors';
import { mayAccessPage } from '../../core/url/page-access';
import type { ContentEnvelope, NoteSession, RequestPayload } from '../../messages';
import type { JianbaoDb } from '../db/database';
import { allTags } from '../db/queries';
import type { PageSender, SenderInfo } from '../router';
import { updateHighlight } from '../services/highlight-service';
import { dropTicket, issueTicket, ticketFor, type NoteTicket } from './note-tickets';

async function validTicket(token: string, sender: SenderInfo): Promise<NoteTicket> {
  const ticket = await ticketFor(token, sender.embeddedIn);
  if (!ticket) {
    throw new JianbaoError('InvalidMessage', 'This note editor was not opened by Jianbao in this tab, or it was closed.');
  }
  return ticket;
}

async function tellAnnotator(ticket: NoteTicket, payload: ContentEnvelope<'bg-cs:note-editor-closed'>['payload']): Promise<void> {
  const message: ContentEnvelope<'bg-cs:note-editor-closed'> = { type: 'bg-cs:note-editor-closed', payload };
  // A page reloaded meanwhile has no annotator to tell; the note is stored all the same.
  await browser.tabs.sendMessage(ticket.tabId, message, { frameId: ticket.frameId }).catch(() => undefined);
}

export function noteEditorHandlers(db: JianbaoDb) {
  return {
    async 'cs-bg:open-note-editor'({ id }: RequestPayload<'cs-bg:open-note-editor'>, sender: PageSender) {
      // Only a highlight of the sender's own site: a ticket would otherwise show another page's note.
      const highlight = await db.annotations.get(id);
      if (!highlight || !mayAccessPage(sender.url, highlight.pageUrl)) throw new JianbaoError('HighlightNotFound', `No highlight with id ${id}.`);
      const ticket = await issueTicket(sender.tabId, sender.frameId ?? 0, id);
      return { token: ticket.token };
    },
    async 'ui-bg:note-session'({ token }: RequestPayload<'ui-bg:note-session'>, sender: SenderInfo): Promise<NoteSession> {
      const ticket = await validTicket(token, sender);
      const highlight = await db.annotations.get(ticket.highlightId);
      if (!highlight) throw new JianbaoError('HighlightNotFound', `No highlight with id ${ticket.highlightId}.`);
      return { exact: highlight.exact, note: highlight.note, tags: highlight.tags, knownTags: await allTags(db) };
    },
    async 'ui-bg:save-note'({ token, note, tags }: RequestPayload<'ui-bg:save-note'>, sender: SenderInfo) {
      const ticket = await validTicket(token, sender);
      const highlight = await updateHighlight(db, ticket.highlightId, { note, tags });
      await dropTicket(token);
      await tellAnnotator(ticket, { token, highlight });
      return { saved: true as const };
    },
    async 'ui-bg:close-note'({ token }: RequestPayload<'ui-bg:close-note'>, sender: SenderInfo) {
      const ticket = await ticketFor(token, sender.embeddedIn);
      if (!ticket) return { closed: false };
      await dropTicket(token);
      await tellAnnotator(ticket, { token });
      return { closed: true };
    },
  };
}
