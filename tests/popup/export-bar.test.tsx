import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';
import { makeHighlight } from './seed-db';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const downloads: { filename: string; content: string }[] = [];
vi.mock('../../popup/download', () => ({
  downloadText: (filename: string, content: string) => downloads.push({ filename, content }),
}));

const { ExportBar } = await import('../../popup/export-bar');
const { DEFAULT_SETTINGS } = await import('../../src/core/settings/default-settings');

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
    expect(downloads[0].content).toContain(settings.palette[1].value);
    expect(downloads[0].content).toMatch(/<blockquote class="c1">普法工作<\/blockquote>/);
  });
});
