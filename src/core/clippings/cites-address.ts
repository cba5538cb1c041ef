/**
 * Whether a reference text already gives an article's address (as written or percent-decoded,
 * a trailing slash aside). The book prints the address beside the link to the original only
 * when the reference above it does not: most citation styles cite the URL, and printing it
 * twice under one headline was a reported bug.
 */
export function citesAddress(citation: string, address: string): boolean {
  if (!citation) return false;
  const bare = address.replace(/\/$/u, '');
  let decoded = bare;
  try {
    decoded = decodeURI(bare);
  } catch {
    // A malformed escape: compare as written only.
  }
  return citation.includes(bare) || citation.includes(decoded);
}
