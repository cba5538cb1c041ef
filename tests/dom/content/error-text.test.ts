/** The one sentence the reader sees for an error on the page. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, uiState } from '../../popup/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

import { JianbaoError, type ErrorCode } from '../../../src/core/errors';
import { readerMessage } from '../../../src/content/annotator/error-text';

afterEach(() => {
  uiState.language = 'en';
  vi.restoreAllMocks();
});

describe('readerMessage', () => {
  it('gives a known code its own sentence', () => {
    expect(readerMessage(new JianbaoError('HighlightNotFound', 'gone'))).toBe(fakeBrowser.i18n.getMessage('errorHighlightNotFound'));
  });

  it('gives a code without a sentence the generic one, never the message key', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unknown = new JianbaoError('SomethingNewer' as ErrorCode, 'from a newer background');
    for (const language of ['en', 'zh_CN'] as const) {
      uiState.language = language;
      expect(readerMessage(unknown)).toBe(fakeBrowser.i18n.getMessage('errorInternal'));
    }
  });

  it('gives an error that is not ours the generic sentence', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(readerMessage(new TypeError('x is undefined'))).toBe(fakeBrowser.i18n.getMessage('errorInternal'));
  });
});
