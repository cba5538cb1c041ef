import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentEnvelope } from '../../../src/messages';

const sendMessage = vi.fn();
const executeScript = vi.fn(async () => []);
vi.mock('webextension-polyfill', () => ({
  default: { tabs: { sendMessage }, scripting: { executeScript } },
}));

const { sendToAnnotator } = await import('../../../src/background/inject-annotator');

const message: ContentEnvelope<'bg-cs:page-info'> = { type: 'bg-cs:page-info', payload: {} };

beforeEach(() => {
  sendMessage.mockReset();
  executeScript.mockClear();
});

describe('sendToAnnotator', () => {
  it('answers at once when the annotator is there', async () => {
    sendMessage.mockResolvedValueOnce({ pageUrl: 'https://example.com/a' });
    await expect(sendToAnnotator(3, message)).resolves.toEqual({ pageUrl: 'https://example.com/a' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it.each([
    'Could not establish connection. Receiving end does not exist.',
    'Receiving end does not exist.',
  ])('injects the annotator and sends again when nobody listens (%s)', async (text) => {
    sendMessage.mockRejectedValueOnce(new Error(text)).mockResolvedValueOnce({ found: true });
    await expect(sendToAnnotator(3, message, 2)).resolves.toEqual({ found: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 3, frameIds: [2] }, files: ['annotator.js'] });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it("passes on the annotator's own error, without injecting or sending twice", async () => {
    const own = new Error('detectArticle failed: boom');
    sendMessage.mockRejectedValueOnce(own);
    await expect(sendToAnnotator(3, message)).rejects.toBe(own);
    expect(executeScript).not.toHaveBeenCalled();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it("passes on the annotator's own error after an injection", async () => {
    const own = new Error('boom');
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.')).mockRejectedValueOnce(own);
    await expect(sendToAnnotator(3, message)).rejects.toBe(own);
  });

  it('says the page cannot run Jianbao when nobody listens even after the injection', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendToAnnotator(3, message)).rejects.toMatchObject({ code: 'NoContentScript' });
  });

  it('says the page cannot run Jianbao when the injection itself fails', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    await expect(sendToAnnotator(3, message)).rejects.toMatchObject({ code: 'NoContentScript' });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
