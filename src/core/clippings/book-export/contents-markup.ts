/** The book's contents as nested lists, paper → date → page (版) → headline; the EPUB's nav and the single file's contents page. */
import type { Book, BookArticle } from './book-model';
import { textMarkup } from './article-markup';
import { escapeXml } from './xml-text';

/** `<ol>` of the contents; `href` gives each article's link. Every group label is a non-empty <span> (EPUB nav rule). */
export function contentsList(book: Book, href: (article: BookArticle) => string): string {
  const li = (label: string, inner: string, lang?: string) => `<li><span${lang ? ` lang="${escapeXml(lang)}"` : ''}>${textMarkup(label, lang)}</span>\n<ol>\n${inner}\n</ol></li>`;
  return [
    '<ol>',
    ...book.contents.map((paper) => {
      const paperLang = paper.dates[0]?.pages[0]?.articles[0]?.lang;
      return li(
        paper.label,
        paper.dates
          .map((date) =>
            li(
              date.label,
              date.pages
                .map((page) =>
                  li(
                    page.label,
                    page.articles.map((a) => `<li><a href="${escapeXml(href(a))}"${a.lang ? ` lang="${escapeXml(a.lang)}"` : ''}>${textMarkup(a.headline, a.lang)}</a></li>`).join('\n'),
                    page.articles[0]?.lang,
                  ),
                )
                .join('\n'),
            ),
          )
          .join('\n'),
        paperLang,
      );
    }),
    '</ol>',
  ].join('\n');
}
