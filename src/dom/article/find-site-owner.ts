/**
 * Authors that a page names outside the article text, for pages whose text credits nobody:
 * a link to the author's archive (WordPress "?author=12", "/author/jane-doe/") and the header
 * of a personal blog whose home page the post sits under ("<h1><a href=/lijianzhong/>李建忠</a>").
 * Only called when no byline, meta line or metadata named anyone: a reposted news story keeps
 * its reporters, and the blog owner is only the fallback.
 */
import type { Person } from '../../core/model';
import { collapseSpace } from '../../core/article/clean-text';
import { isLikelyChineseName, isPlausibleName } from '../../core/article/is-plausible-name';

// "?author=102" alone, or a path ending in /author/<slug>: an archive of one author's posts.
const AUTHOR_QUERY = /^\?author=[\w-]+$/u;
const AUTHOR_PATH = /\/author\/[^/]+\/?$/u;
// "bjreader的博客", "小海螺的空间": the name before the suffix is the owner's.
const BLOG_OF = /^(.{2,20}?)\s*的\s*(?:博客|blog|空间|专栏|部落格)$/iu;
// Links looked at for an author archive; a post's own credit sits well before the page's end.
const MAX_LINKS = 400;

/** The person the page names as its author or blog owner, or none. */
export function findSiteOwner(doc: Document, h1s: readonly Element[], url?: string): Person[] {
  const base = url ?? doc.URL;
  const archive = authorArchiveName(doc, base);
  if (archive) return [{ name: archive, role: 'author' }];
  const owner = blogHeaderName(h1s, base);
  return owner ? [{ name: owner, role: 'author' }] : [];
}

function resolve(href: string, base: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/** The text of the first link to a single author's archive, when it reads as a name. */
function authorArchiveName(doc: Document, base: string): string | undefined {
  // getElementsByTagName, not an attribute selector: on jsdom selectors over a whole page are slow.
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const href = links[i].getAttribute('href');
    if (!href || !/author/iu.test(href)) continue;
    const target = resolve(href, base);
    if (!target || !(AUTHOR_QUERY.test(target.search) || (!target.search && AUTHOR_PATH.test(target.pathname)))) continue;
    const name = collapseSpace(links[i].textContent ?? '');
    if (name.length <= 30 && isPlausibleName(name)) return name;
  }
  return undefined;
}

/**
 * The owner named by a blog header: an <h1> linking to a home page that the post's address
 * sits under, whose text is a person's name or "X的博客".
 */
function blogHeaderName(h1s: readonly Element[], base: string): string | undefined {
  const page = resolve(base, base);
  if (!page) return undefined;
  for (const h1 of h1s.slice(0, 3)) {
    const link = h1.querySelector('a[href]') ?? h1.closest('a[href]');
    const home = link ? resolve(link.getAttribute('href') ?? '', base) : undefined;
    if (!home || home.host !== page.host) continue;
    const homePath = home.pathname.endsWith('/') ? home.pathname : `${home.pathname}/`;
    // The home must be a personal space (/name/), not the site root, and the post must sit under it.
    if (homePath === '/' || !page.pathname.startsWith(homePath) || page.pathname.length <= homePath.length) continue;
    const text = collapseSpace(h1.textContent ?? '');
    const blogOf = BLOG_OF.exec(text);
    if (blogOf && isPlausibleName(blogOf[1])) return blogOf[1];
    if (isLikelyChineseName(text)) return text;
  }
  return undefined;
}
