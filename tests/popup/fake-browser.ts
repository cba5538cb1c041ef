/**
 * A stand-in for webextension-polyfill in jsdom: i18n from the real _locales files (so a
 * missing key shows up as the key), in-memory storage.local, and a sendMessage the test
 * answers. Install with `vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }))`.
 */
import fs from 'node:fs';
import { vi } from 'vitest';

type Messages = Record<string, { message: string }>;
const locales: Record<string, Messages> = {
  en: JSON.parse(fs.readFileSync('_locales/en/messages.json', 'utf8')),
  zh_CN: JSON.parse(fs.readFileSync('_locales/zh_CN/messages.json', 'utf8')),
};

/** The language the fake browser's UI is in. */
export const uiState = { language: 'en' as 'en' | 'zh_CN' };

const store = new Map<string, unknown>();

export const fakeBrowser = {
  i18n: {
    getMessage(key: string, subs?: string | string[]): string {
      const entry = locales[uiState.language][key];
      if (!entry) return '';
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return entry.message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    },
    getUILanguage: () => (uiState.language === 'en' ? 'en-US' : 'zh-CN'),
  },
  storage: {
    local: {
      get: async (key: string) => (store.has(key) ? { [key]: store.get(key) } : {}),
      set: async (items: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
      },
      clear: async () => store.clear(),
    },
    onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
  },
  permissions: {
    request: vi.fn(async (_request: { origins: string[] }) => true),
    contains: vi.fn(async (_request: { origins: string[] }) => true),
  },
  runtime: { sendMessage: vi.fn(), getURL: (path: string) => `chrome-extension://jianbao-test/${path.replace(/^\//u, '')}` },
  tabs: {
    query: vi.fn(async (): Promise<{ id: number; url?: string; title?: string }[]> => [{ id: 7 }]),
    get: vi.fn(async (id: number): Promise<{ id: number; url?: string; title?: string }> => ({ id })),
    create: vi.fn(async () => ({})),
  },
  commands: {
    getAll: vi.fn(async () => [
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+J' },
      { name: 'highlight', description: 'Highlight the selection', shortcut: 'Alt+Shift+H' },
      { name: 'highlight-note', description: 'Highlight the selection and add a note', shortcut: '' },
    ]),
  },
};

/** Every message key of a language (for "no missing strings" checks). */
export function messageKeys(language: 'en' | 'zh_CN'): string[] {
  return Object.keys(locales[language]);
}
