/**
 * Options → citation style: bundled styles, "Add a CSL style file…" (checked, stored, chosen,
 * removable), a clear sentence for a file that cannot be used, and a preview made by the engine
 * (in-process here, tests/setup/citations.ts) of the latest stored article.
 */
import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, uiState } from '../popup/fake-browser';
import { seed } from '../popup/seed-db';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { OptionsApp } = await import('../../options/options-app');
const { loadSettings } = await import('../../src/background/settings-store');
const { openDb } = await import('../../src/background/db/database');

const MLA = readFileSync('csl/styles/modern-language-association.csl', 'utf8');
const { customStyle } = await import('../../src/core/citation/style-choice');
const { UNBUILDABLE_STYLE } = await import('../fixtures/citation/broken-styles');
const { saveSettings } = await import('../../src/background/settings-store');

beforeEach(async () => {
  uiState.language = 'en';
  await fakeBrowser.storage.local.clear();
  await seed([]);
  await openDb().articles.put({
    id: 'https://news.example/a', url: 'https://news.example/a', title: 'Dutch ports expand', authors: [{ name: 'Pieter van der Berg', role: 'reporter' }],
    publication: 'The Example Times', date: '2026-03-04', page: 'A1', bodyText: '', sentences: [], sources: {}, createdAt: Date.UTC(2026, 2, 4), updatedAt: Date.UTC(2026, 2, 4),
  });
});
afterEach(cleanup);

function chooseFile(name: string, text: string) {
  const input = document.querySelector('input[data-action="add-style"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/xml' })], configurable: true });
  fireEvent.change(input);
}

// waitFor's 1 s default is shorter than a citeproc build (engine + style + locale) takes in a full
// run on the shared 2-core machine (the 08:57 train timed out here); waitFor returns as soon as
// the expectation holds, so a longer limit costs nothing when the page is right.
configure({ asyncUtilTimeout: 15_000 });

const preview = () => document.querySelector('[data-role="preview-reference"]')!.textContent;

describe('citation style option', () => {
  it('previews the latest article in the chosen bundled style', async () => {
    render(<OptionsApp />);
    await waitFor(() => expect(preview()).toBe('VAN DER BERG P. Dutch ports expand[N/OL]. The Example Times, 2026-03-04(A1)[2026-03-04]. https://news.example/a.'));
    fireEvent.change(document.querySelector('select[data-setting="citationStyle"]')!, { target: { value: 'apa' } });
    await waitFor(() => expect(preview()).toBe('van der Berg, P. (2026, March 4). Dutch ports expand. The Example Times, A1. https://news.example/a'));
    expect(document.querySelector('[data-role="preview-citation"]')!.textContent).toBe('(van der Berg, 2026)');
    expect((await loadSettings()).citationStyle).toBe('apa');
  });

  it('adds a CSL file, chooses it, cites with it, and removes it', async () => {
    render(<OptionsApp />);
    await screen.findByText('Add a CSL style file…', { exact: false });
    chooseFile('mla.csl', MLA);
    await waitFor(() => expect(document.querySelector('[data-role="style-notice"]')!.textContent).toBe('Added “MLA Handbook 9th edition (in-text citations)”; citations now use it.'));
    const settings = await loadSettings();
    expect(settings.citationStyle).toMatch(/^custom:[0-9a-f]{8}$/);
    const stored = (await fakeBrowser.storage.local.get('citationStyles')).citationStyles as { id: string; xml: string }[];
    expect(stored).toEqual([{ id: settings.citationStyle, title: 'MLA Handbook 9th edition (in-text citations)', xml: MLA }]);
    await waitFor(() => expect(preview()).toBe('van der Berg, Pieter. “Dutch Ports Expand.” The Example Times, 4 Mar. 2026, p. A1, https://news.example/a.'));
    const option = [...document.querySelectorAll('optgroup option')].map((o) => o.textContent);
    expect(option).toEqual(['MLA Handbook 9th edition (in-text citations)']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “MLA Handbook 9th edition (in-text citations)”' }));
    await waitFor(async () => expect((await loadSettings()).citationStyle).toBe('gbt7714-2015'));
    expect((await fakeBrowser.storage.local.get('citationStyles')).citationStyles).toEqual([]);
  });

  it('says in one sentence why a file cannot be used, and keeps the style', async () => {
    render(<OptionsApp />);
    await screen.findByText('Add a CSL style file…', { exact: false });
    chooseFile('notes.csl', '<?xml version="1.0"?><notes><note>not a style</note></notes>');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('notes.csl cannot be used as a citation style: it is not a CSL style (its first element is not <style>).'),
    );
    chooseFile('broken.csl', '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><citation><layout></citation></style>');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^broken\.csl cannot be used as a citation style: it is not well-formed XML/));
    expect((await loadSettings()).citationStyle).toBe('gbt7714-2015');
    expect((await fakeBrowser.storage.local.get('citationStyles')).citationStyles).toBeUndefined();
  });

  it('says why in Chinese when the interface is in Chinese', async () => {
    uiState.language = 'zh_CN';
    render(<OptionsApp />);
    await screen.findByText('添加 CSL 样式文件…', { exact: false });
    chooseFile('notes.csl', '<?xml version="1.0"?><notes><note>not a style</note></notes>');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('notes.csl 不能用作引用格式：它不是 CSL 样式（第一个元素不是 <style>）。'));
    chooseFile('broken.csl', '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><citation><layout></citation></style>');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('broken.csl 不能用作引用格式：它不是格式正确的 XML（</citation> 关闭了 <layout>）。'));
    chooseFile('big.csl', 'x'.repeat(1024 * 1024 + 1));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('big.csl 不能用作引用格式：文件超过 1 MB，不可能是 CSL 样式。'));
  });

  it('refuses a file the engine cannot build, with the engine’s words', async () => {
    render(<OptionsApp />);
    await screen.findByText('Add a CSL style file…', { exact: false });
    chooseFile('bogus.csl', UNBUILDABLE_STYLE);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('bogus.csl cannot be used as a citation style: the citation engine cannot use it (citeproc-js error: Undefined node name "bogus".).'),
    );
    expect((await fakeBrowser.storage.local.get('citationStyles')).citationStyles).toEqual([]);
    expect((await loadSettings()).citationStyle).toBe('gbt7714-2015');
  });

  it('previews a stored style that no longer builds in the default style, and says why', async () => {
    const own = customStyle('Unbuildable', UNBUILDABLE_STYLE);
    await fakeBrowser.storage.local.set({ citationStyles: [own] });
    await saveSettings({ ...(await loadSettings()), citationStyle: own.id });
    render(<OptionsApp />);
    await waitFor(() => expect(preview()).toBe('VAN DER BERG P. Dutch ports expand[N/OL]. The Example Times, 2026-03-04(A1)[2026-03-04]. https://news.example/a.'));
    expect(document.querySelector('[data-role="style-fallback"]')!.textContent).toBe(
      'Your citation style “Unbuildable” could not be used (the citation engine said: citeproc-js error: Undefined node name "bogus".), so this is cited in GB/T 7714-2015 instead; choose another style in Options.',
    );
    // Choosing a bundled style takes the sentence away.
    fireEvent.change(document.querySelector('select[data-setting="citationStyle"]')!, { target: { value: 'apa' } });
    await waitFor(() => expect(preview()).toMatch(/^van der Berg, P\. \(2026/));
    expect(document.querySelector('[data-role="style-fallback"]')).toBeNull();
  });

  it('lets the reader pick which stored article the preview cites, the latest first', async () => {
    await openDb().articles.put({
      id: 'https://paper.example.cn/b', url: 'https://paper.example.cn/b', title: '乡村振兴的新路子', authors: [{ name: '李明', role: 'reporter' }],
      publication: '人民日报', date: '2026-03-01', page: '05', bodyText: '', sentences: [], sources: {}, createdAt: Date.UTC(2026, 2, 1), updatedAt: Date.UTC(2026, 2, 1),
    });
    render(<OptionsApp />);
    const picker = () => document.querySelector<HTMLSelectElement>('select[data-role="preview-article"]')!;
    await waitFor(() => expect(preview()).toMatch(/^VAN DER BERG P\. Dutch ports expand/));
    expect([...picker().options].map((o) => o.textContent)).toEqual(['Dutch ports expand · The Example Times · 2026-03-04', '乡村振兴的新路子 · 人民日报 · 2026-03-01']);
    fireEvent.change(picker(), { target: { value: 'https://paper.example.cn/b' } });
    await waitFor(() => expect(preview()).toBe('李明. 乡村振兴的新路子[N/OL]. 人民日报, 2026-03-01(5)[2026-03-01]. https://paper.example.cn/b.'));
    // The picked article stays while the style changes; the style setting is all that is saved.
    fireEvent.change(document.querySelector('select[data-setting="citationStyle"]')!, { target: { value: 'apa' } });
    await waitFor(() => expect(preview()).toBe('李明. (2026, March 1). 乡村振兴的新路子. 人民日报, 5. https://paper.example.cn/b'));
    expect((await loadSettings()).citationStyle).toBe('apa');
  });

  it('cites a built-in sample article while none is stored', async () => {
    await openDb().articles.clear();
    render(<OptionsApp />);
    await waitFor(() => expect(preview()).toMatch(/^王子瑶, VAN DER BERG P\. 加快城市运行管理“一网统管”\[N\/OL\]\. 荆州日报, 2022-03-31\(2\)/));
    const picker = document.querySelector<HTMLSelectElement>('select[data-role="preview-article"]')!;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['A sample article (none stored yet): 加快城市运行管理“一网统管”']);
    expect(picker.disabled).toBe(true);
  });
});

