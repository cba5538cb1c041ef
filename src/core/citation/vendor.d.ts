// Types for the two untyped libraries the citation engine uses (only what Jianbao calls).
declare module '@citation-js/name' {
  export function parse(name: string): Record<string, string | undefined>;
}

declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface BibliographyMeta {
    bibstart: string;
    bibend: string;
    entry_ids: string[][];
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    updateItems(ids: string[]): void;
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    makeBibliography(): [BibliographyMeta, string[]] | false;
    makeCitationCluster(items: { id: string }[]): string;
    opt: { xclass?: string };
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
