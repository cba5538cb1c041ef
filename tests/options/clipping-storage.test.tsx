import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clipping } from '../../src/core/clippings/clipping';
import { fakeBrowser, uiState } from '../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { openDb } = await import('../../src/background/db/database');
const { dropOldImages } = await import('../../src/background/clippings/clipping-service');
const { ClippingStorage } = await import('../../options/clipping-storage');

function clipping(id: string, publication: string, date: string, images: number, bytes: number): Clipping {
  return { id, pageUrl: id, url: id, title: id, authors: [], publication, date, note: '', tags: [], imageCount: images, imageBytes: bytes, imagesSkipped: 0, createdAt: 1, updatedAt: 1 };
}

beforeEach(async () => {
  uiState.language = 'en';
  const db = openDb();
  await Promise.all([db.clippings.clear(), db.clippingImages.clear(), db.clippingTexts.clear()]);
  const list = [clipping('a', '荆州日报', '2020-01-05', 2, 3 * 1024 * 1024), clipping('b', '荆州日报', '2024-06-01', 1, 1024 * 1024), clipping('c', 'The Guardian', '2019-03-01', 1, 512 * 1024)];
  await db.clippings.bulkPut(list);
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).buffer;
  for (const c of list)
    for (let i = 0; i < c.imageCount; i++)
      await db.clippingImages.put({ id: `${c.id}#img-${i}`, clippingId: c.id, index: i, sourceUrl: '', type: 'image/png', bytes, size: 8, alt: '', caption: '', paragraph: 0 });
  // The background's handler, run on the same database.
  fakeBrowser.runtime.sendMessage.mockReset();
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: { type: string; payload: { before: string; publication?: string } }) =>
    message.type === 'ui-bg:drop-clipping-images' ? { ok: true, value: await dropOldImages(openDb(), message.payload) } : { ok: false, error: { code: 'Internal', detail: message.type } },
  );
});
afterEach(cleanup);

const rows = (container: Element) => [...container.querySelectorAll('tbody tr, tfoot tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('clipping storage in options', () => {
  it('shows clippings, images and image bytes per paper with a total', async () => {
    const { container } = render(<ClippingStorage refreshKey={0} onChanged={() => {}} />);
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    expect(rows(container)).toEqual([
      ['荆州日报', '2', '3', '4 MB'],
      ['The Guardian', '1', '1', '512 kB'],
      ['Total', '3', '4', '4.5 MB'],
    ]);
  });

  it('drops the images of one paper older than a day only after confirmation, keeping the clippings', async () => {
    const onChanged = vi.fn();
    const { container } = render(<ClippingStorage refreshKey={0} onChanged={onChanged} />);
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    fireEvent.change(container.querySelector('[data-role="drop-before"]')!, { target: { value: '2023-01-01' } });
    fireEvent.change(container.querySelector('[data-role="drop-paper"]')!, { target: { value: '荆州日报' } });
    fireEvent.click(container.querySelector('[data-action="drop-images"]')!);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alertdialog"]')!.textContent).toContain('Drop the images of clippings of 荆州日报 older than 2023-01-01?');
    fireEvent.click(container.querySelector('[data-action="confirm-drop"]')!);
    await waitFor(() => expect(container.querySelector('[data-role="drop-result"]')?.textContent).toBe('Images of 1 clippings dropped (3 MB freed).'));
    await waitFor(() => expect(rows(container)[0]).toEqual(['荆州日报', '2', '1', '1 MB']));
    expect(onChanged).toHaveBeenCalled();
    const db = openDb();
    expect((await db.clippingImages.toArray()).map((i) => i.clippingId).sort()).toEqual(['b', 'c']);
    expect(await db.clippings.count()).toBe(3);
  });
});
