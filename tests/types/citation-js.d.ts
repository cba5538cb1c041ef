// The part of citation-js (dev dependency: an independent reader in tests, a peer in bench/) that is called.
declare module '@citation-js/core' {
  export const plugins: {
    input: { chain(data: unknown, options?: { generateGraph?: boolean }): unknown };
    config: { get(plugin: string): unknown };
  };
  export class Cite {
    constructor(data: unknown);
    format(kind: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
