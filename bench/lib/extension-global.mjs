// Preloaded (node --import) by benchmarks that run extension modules in Node: webextension-polyfill
// refuses to load outside an extension unless a `browser` global with a runtime id exists, and it
// then hands out that object as it is, so a benchmark can set what runtime.sendMessage answers.
globalThis.browser = {
  runtime: {
    id: 'bench',
    sendMessage: async () => ({ ok: false, error: { code: 'Internal', detail: 'no background in the benchmark' } }),
    onMessage: { addListener() {} },
  },
  storage: { local: { get: async () => ({}), set: async () => undefined }, onChanged: { addListener() {} } },
};
// The polyfill also checks for a `chrome.runtime.id` first.
globalThis.chrome = { runtime: { id: "bench" } };
