/** The heading of one article group: headline, byline (people with their roles) and edition date. */
import type { ArticleRecord } from '../src/core/model';
import { formatEditionDate } from './format-date';
import { t } from './i18n';

function byline(article: ArticleRecord): string {
  return article.authors.map((p) => (p.role === 'author' ? p.name : t('popupRole', t(`role_${p.role}`), p.name))).join(t('listSeparator'));
}

/** Newspaper, print page, byline and edition date, whatever is known, in one line. */
function articleMeta(article: ArticleRecord): string {
  return [article.publication, article.page && t('popupPrintPage', article.page), byline(article), formatEditionDate(article.date)]
    .filter(Boolean)
    .join(' · ');
}

/** Headline (unless the page title above already shows it) plus the muted meta line. */
export function ArticleHeading({ article, showHeadline = true }: { article: ArticleRecord; showHeadline?: boolean }) {
  const meta = articleMeta(article);
  return (
    <div class="article-heading">
      {showHeadline && <h2 class="headline">{article.title || article.url}</h2>}
      {meta && <p class="byline muted">{meta}</p>}
    </div>
  );
}
