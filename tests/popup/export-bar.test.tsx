import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';
import { makeHighlight } from './seed-db';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const downloads: { filename: string; blob: Blob }[] = [];
vi.mock('../../popup/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../popup/download')>()),
  downloadBlob: (filename: string, blob: Blob) => downloads.push({ filename, blob }),
}));

const { ExportBar } = await import('../../popup/export-bar');
const { DEFAULT_SETTINGS } = await import('../../src/core/settings/default-settings');

/** A Blob's bytes (jsdom's Blob has no text() or arrayBuffer(); its FileReader reads them). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

afterEach(() => {
  cleanup();
  downloads.length = 0;
});

describe('ExportBar', () => {
  it('gives every format the reader\'s settings: the HTML export colours highlights with the palette', async () => {
    const settings = { ...DEFAULT_SETTINGS, exportFormat: 'html', citationStyle: 'apa' };
    const highlight = makeHighlight('h1', '普法工作', { color: settings.palette[1].key });
    const { container } = render(
      <ExportBar
        settings={settings}
        collect={async () => ({ highlights: [highlight], articles: [], exportedAt: new Date(Date.UTC(2026, 10, 29)) })}
        disabled={false}
        label="Export"
        notify={() => undefined}
      />,
    );
    fireEvent.click(container.querySelector('button[data-action="export-html"]')!);
    await waitFor(() => expect(downloads).toHaveLength(1));
    const content = new TextDecoder().decode(await bytesOf(downloads[0].blob));
    expect(content).toContain(settings.palette[1].value);
    expect(content).toMatch(/<blockquote class="c1">普法工作<\/blockquote>/);
  });

  it('streams a large CSV into the file batch by batch: the same text as the whole-string build', async () => {
    const { EXPORT_FORMATS } = await import('../../src/core/export/export-formats');
    const highlights = Array.from({ length: 3_000 }, (_, i) => makeHighlight(`h${i}`, `第${i}条：${'长文'.repeat(100)}`));
    const bundle = { highlights, articles: [], exportedAt: new Date(Date.UTC(2026, 10, 29)) };
    const { container } = render(
      <ExportBar settings={{ ...DEFAULT_SETTINGS, exportFormat: 'csv-full' }} collect={async () => bundle} disabled={false} label="Export" notify={() => undefined} />,
    );
    fireEvent.click(container.querySelector('button[data-action="export-csv-full"]')!);
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [whole] = EXPORT_FORMATS['csv-full'].build({ ...bundle, settings: DEFAULT_SETTINGS });
    expect(whole.content.length).toBeGreaterThan(2 * 512 * 1024); // more than two batches
    expect(downloads[0].filename).toBe(whole.filename);
    expect(downloads[0].blob.type).toBe(whole.mimeType);
    // Bytes, not decoded text: a decoder would drop the leading BOM Excel needs.
    const got = Buffer.from(await bytesOf(downloads[0].blob));
    const want = Buffer.from(new TextEncoder().encode(whole.content));
    expect(got.length).toBe(want.length);
    expect(got.equals(want)).toBe(true);
  });
});
