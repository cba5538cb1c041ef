/** Article bodies of the extraction bench pages, split into paragraphs, as anchoring test documents. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml } from '../../src/core/export/escape-html';

/** One test article: its language and raw paragraph strings (kept as published, indents included). */
export interface BenchArticle {
  id: string;
  lang: string;
  paragraphs: string[];
}

const SETS = ['zyte', 'cwced-zh'];

/** Loads every page whose expected body has at least `minParagraphs` paragraphs of text. */
export function loadArticles(dataDir: string, minParagraphs = 3): BenchArticle[] {
  const articles: BenchArticle[] = [];
  for (const set of SETS) {
    const lines = readFileSync(path.join(dataDir, set, 'pages.jsonl'), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const page = JSON.parse(line) as { id: string; lang: string; expected_text: string };
      const paragraphs = page.expected_text.split(/\n+/).filter((p) => p.trim().length > 0);
      if (paragraphs.length >= minParagraphs) articles.push({ id: `${set}/${page.id}`, lang: page.lang, paragraphs });
    }
  }
  return articles;
}

/** The article as `<p>` elements, one text node each. */
export function paragraphsToHtml(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
}
