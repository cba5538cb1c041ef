/**
 * Pages that are only newspaper text, to be segmented as a whole page in the background
 * rather than read as one article: a .txt page, one big <pre>, or the text layer PDF.js puts
 * over an e-paper PDF. Returns that text with its line breaks, or null for an ordinary page.
 */

/** A <pre> must carry most of the page's text, or it is just a code sample in an article. */
const PRE_SHARE = 0.8;
/** Shorter than this, there is nothing to segment. */
const MIN_CHARS = 500;

/**
 * PDF.js renders each text run as a positioned <span> inside `.textLayer` and marks line ends
 * with <br> (pdf.js ≥ 3) ; pages are separate `.textLayer`s. Their text, line by line.
 */
function pdfTextLayerText(layers: Element[]): string {
  const pages = layers.map((layer) => {
    let text = '';
    for (const node of layer.childNodes) {
      if (node.nodeName === 'BR') text += '\n';
      else text += node.textContent ?? '';
    }
    return text;
  });
  return pages.join('\n\n');
}

export function textPageBody(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  if (doc.contentType === 'text/plain') return body.textContent ?? null;
  const layers = [...body.querySelectorAll('.textLayer')];
  if (layers.length > 0) {
    const text = pdfTextLayerText(layers);
    return text.trim().length >= MIN_CHARS ? text : null;
  }
  const pres = body.querySelectorAll('pre');
  if (pres.length !== 1) return null;
  const preText = pres[0].textContent ?? '';
  const allText = body.textContent ?? '';
  return preText.length >= MIN_CHARS && preText.length > PRE_SHARE * allText.trim().length ? preText : null;
}
