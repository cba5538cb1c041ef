// The part of citation-js (dev dependency, used by tests as an independent reader) the tests call.
declare module '@citation-js/core' {
  export const plugins: { input: { chain(data: unknown, options?: { generateGraph?: boolean }): unknown } };
}
declare module '@citation-js/plugin-ris';
