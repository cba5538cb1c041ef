/** The correction UI of the popup's article heading (jsdom; the background is answered by the test). */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings/default-settings';
import { applyCorrection } from '../../src/core/article/article-corrections';
import type { ArticleRecord } from '../../src/core/model';
import { fakeBrowser, uiState } from './fake-browser';
import { makeArticle, makeHighlight } from './seed-db';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { PageView } = await import('../../popup/page-view');

const PAGE = 'https://paper.example.cn/a.htm';

function renderPage(article: ArticleRecord, notify = vi.fn(), reload = vi.fn()) {
  const state = {
    status: 'ready' as const,
    tabId: 7,
    page: { pageUrl: PAGE, title: 'Page title', articleIds: [article.id] },
    highlights: [makeHighlight('h1', '万江平强调', { articleId: article.id })],
    articles: new Map([[article.id, article]]),
  };
  return { ...render(<PageView state={state} settings={DEFAULT_SETTINGS} notify={notify} reload={reload} />), notify, reload };
}

const article = () =>
  makeArticle(PAGE, '高标准优化营商环境工作', {
    kicker: '市政协专题调研',
    authors: [{ name: '网易', role: 'author' }],
    date: '2022-03-31T08:00:00+08:00',
    publication: '荆州日报',
    page: '02',
  });

/** The background answers a correction as the real one would (applyCorrection on the record). */
function answerCorrections(record: ArticleRecord) {
  let current = record;
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: { type: string; payload: { correction: Parameters<typeof applyCorrection>[1] } }) => {
    if (message.type !== 'ui-bg:correct-article') return { ok: false, error: { code: 'UnknownMessage', detail: '' } };
    current = applyCorrection(current, message.payload.correction, 5);
    return { ok: true, value: current };
  });
  return () => current;
}

beforeEach(() => {
  uiState.language = 'en';
  fakeBrowser.runtime.sendMessage.mockReset();
});
afterEach(cleanup);

describe('article heading corrections', () => {
  it('edits a person and sends only the changed field; undo gives the detected byline back', async () => {
    const current = answerCorrections(article());
    const { notify, reload } = renderPage(article());
    fireEvent.click(screen.getByRole('button', { name: 'Correct the article details' }));
    const form = screen.getByRole('form', { name: 'Article details' });
    // Every field is there, filled with what is stored (a date-time is edited as its day).
    expect((within(form).getByLabelText('Headline') as HTMLInputElement).value).toBe('高标准优化营商环境工作');
    expect((within(form).getByLabelText(/Kicker/) as HTMLInputElement).value).toBe('市政协专题调研');
    expect((within(form).getByLabelText('Date') as HTMLInputElement).value).toBe('2022-03-31');
    expect((within(form).getByLabelText('Page') as HTMLInputElement).value).toBe('02');
    expect(within(form).getByLabelText('Section')).toBeTruthy();
    expect(within(form).getByLabelText('Subtitle')).toBeTruthy();
    expect(within(form).getByLabelText('Newspaper')).toBeTruthy();
    fireEvent.input(within(form).getByLabelText('Name of person 1'), { target: { value: '刘洁' } });
    fireEvent.change(within(form).getByLabelText('Role of person 1'), { target: { value: 'reporter' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a person' }));
    fireEvent.input(within(form).getByLabelText('Name of person 2'), { target: { value: '李四' } });
    fireEvent.change(within(form).getByLabelText('Role of person 2'), { target: { value: 'photographer' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(notify).toHaveBeenCalled());
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'ui-bg:correct-article',
      payload: { articleId: PAGE, correction: { set: { authors: [{ name: '刘洁', role: 'reporter' }, { name: '李四', role: 'photographer' }] } } },
    });
    expect(current().readerFields).toEqual({ authors: 5 });
    expect(reload).toHaveBeenCalled();
    expect(screen.queryByRole('form')).toBeNull();
    const notice = notify.mock.calls[0][0];
    expect(notice.text).toBe('Article details saved.');
    notice.action.run();
    await waitFor(() => expect(current().authors).toEqual([{ name: '网易', role: 'author' }]));
    expect(current()).not.toHaveProperty('readerFields');
  });

  it('refuses a date that does not exist and an empty headline, with a sentence, and sends nothing', async () => {
    renderPage(article());
    fireEvent.click(screen.getByRole('button', { name: 'Correct the article details' }));
    const form = screen.getByRole('form', { name: 'Article details' });
    fireEvent.input(within(form).getByLabelText('Date'), { target: { value: '2023-02-29' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toMatch(/year-month-day/);
    expect(within(form).getByLabelText('Date').getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(within(form).getByLabelText('Date'), { target: { value: '2023-02-28' } });
    fireEvent.input(within(form).getByLabelText('Headline'), { target: { value: '  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('The headline cannot be empty.');
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('Escape and Cancel leave everything as it was', () => {
    renderPage(article());
    fireEvent.click(screen.getByRole('button', { name: 'Correct the article details' }));
    fireEvent.input(screen.getByLabelText('Headline'), { target: { value: '别的' } });
    fireEvent.keyDown(screen.getByLabelText('Headline'), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Correct the article details' }));
    expect((screen.getByLabelText('Headline') as HTMLInputElement).value).toBe('高标准优化营商环境工作');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('shows an unsure field as a suggestion to confirm; confirming makes it the reader’s', async () => {
    const unsure = makeArticle(PAGE, '标题', { authors: [], suggested: ['authors'], detected: { authors: [{ name: '赵培', role: 'reporter' }] } });
    const current = answerCorrections(unsure);
    const { notify } = renderPage(unsure);
    const suggestion = screen.getByRole('list', { name: 'Details Jianbao is not sure of' });
    expect(suggestion.textContent).toContain('People?');
    expect(suggestion.textContent).toContain('Reporter 赵培');
    fireEvent.click(within(suggestion).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(notify).toHaveBeenCalled());
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'ui-bg:correct-article', payload: { articleId: PAGE, correction: { confirm: ['authors'] } } });
    expect(current().authors).toEqual([{ name: '赵培', role: 'reporter' }]);
    expect(notify.mock.calls[0][0].text).toBe('Confirmed.');
  });

  it('marks the fields the reader corrected, in Chinese too', () => {
    uiState.language = 'zh_CN';
    renderPage(makeArticle(PAGE, '标题', { page: 'A3', readerFields: { page: 1, authors: 1 } }));
    expect(screen.getByText('你已更正：作者、版次')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '更正文章信息' }));
    expect(screen.getByLabelText('版次 · 你已更正')).toBeTruthy();
  });

  it('a failed save says why and keeps the form open with the reader’s text', async () => {
    fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: false, error: { code: 'ArticleNotFound', detail: 'gone' } });
    const { notify } = renderPage(article());
    fireEvent.click(screen.getByRole('button', { name: 'Correct the article details' }));
    fireEvent.input(screen.getByLabelText('Section'), { target: { value: '要闻' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(notify).toHaveBeenCalled());
    expect(notify.mock.calls[0][0]).toMatchObject({ kind: 'error', text: fakeBrowser.i18n.getMessage('errorArticleNotFound') });
    expect((screen.getByLabelText('Section') as HTMLInputElement).value).toBe('要闻');
  });

  it('a page with no highlights still shows its article to correct', () => {
    const state = {
      status: 'ready' as const,
      tabId: 7,
      page: { pageUrl: PAGE, title: 'Page title', articleIds: [PAGE] },
      highlights: [],
      articles: new Map([[PAGE, article()]]),
    };
    render(<PageView state={state} settings={DEFAULT_SETTINGS} notify={() => {}} reload={() => {}} />);
    expect(screen.getByRole('button', { name: 'Correct the article details' })).toBeTruthy();
  });
});
