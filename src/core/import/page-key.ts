/**
 * The page key an imported annotation is stored under. Pages look their highlights up by the
 * normalised address (no fragment, no trackers), so an annotation made on
 * `…/a?utm_source=x#top` must be stored under the key the page `…/a` uses, or it never shows.
 */
import { normalizeUrl } from '../url/canonical-url';

/** The normalised address; a source that is no http(s)/file URL (an urn, a DOI) is kept as it is. */
export function pageKeyOf(source: string): string {
  return normalizeUrl(source) ?? source;
}
