/**
 * The book as an EPUB 3: one XHTML chapter per clipping (the same markup as the single file),
 * its images inside, a navigation document by paper → date → page (版) → headline that is also
 * the first page of the spine. Checked with the W3C's validator (epubcheck, 0 errors and 0
 * warnings, tests/unit/clippings/book-epub.test.ts). WebP images are left out with a sentence:
 * they are not an EPUB 3.2 core media type, which epubcheck 4 and many readers hold to.
 */
import { zipSync, type Zippable } from 'fflate';
import { utf8 } from './zip-files';
import { stableHash } from '../../export/stable-hash';
import type { ExportBundle } from '../../export/export-bundle';
import type { ClippingImage } from '../clipping';
import { articleMarkup, bookCss } from './article-markup';
import { buildBook, type Book, type BookOptions } from './book-model';
import { contentsList } from './contents-markup';
import { escapeXml } from './xml-text';

/** Image types an EPUB 3.2 reading system must support (core media types). */
const EPUB_IMAGE_TYPES: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif' };

const chapterName = (n: number) => `c${String(n).padStart(4, '0')}.xhtml`;
const imageName = (article: number, image: ClippingImage) => {
  const ext = EPUB_IMAGE_TYPES[image.type];
  return ext ? `i${String(article).padStart(4, '0')}-${image.index}.${ext}` : undefined;
};

function xhtml(lang: string, title: string, css: string, body: string): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!DOCTYPE html>',
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${escapeXml(lang)}" xml:lang="${escapeXml(lang)}">`,
    '<head>',
    '<meta charset="utf-8"/>',
    `<title>${escapeXml(title)}</title>`,
    `<link rel="stylesheet" type="text/css" href="${css}"/>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A stable identifier for this book (same clippings, same moment → same id). */
function identifier(book: Book): string {
  const key = `${book.exportedAt.toISOString()}|${book.articles.map((a) => `${a.clipping.id}@${a.clipping.updatedAt}`).join('|')}`;
  const hex = [0, 1, 2, 3].map((salt) => stableHash(`${salt}:${key}`)).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The EPUB file's bytes. */
export function buildEpub(bundle: ExportBundle, options: BookOptions = {}): Uint8Array {
  const book = buildBook(bundle, options);
  const lang = book.labels.lang;
  const files: Zippable = {};
  files.mimetype = [utf8('application/epub+zip'), { level: 0 }];
  files['META-INF/container.xml'] = utf8(
    '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n<rootfiles>\n<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>\n</rootfiles>\n</container>\n',
  );
  const manifest: string[] = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="css" href="book.css" media-type="text/css"/>',
  ];
  const spine: string[] = ['<itemref idref="nav"/>'];
  files['EPUB/book.css'] = utf8(bookCss(book));
  for (const article of book.articles) {
    const body = articleMarkup(book, article, {
      headlineLevel: 1,
      idPrefix: `a${article.n}-`,
      imageSrc: (image) => {
        const name = imageName(article.n, image);
        return name ? `../images/${name}` : undefined;
      },
    });
    const name = chapterName(article.n);
    files[`EPUB/text/${name}`] = utf8(xhtml(article.lang ?? lang, article.headline, '../book.css', body));
    manifest.push(`<item id="c${article.n}" href="text/${name}" media-type="application/xhtml+xml"/>`);
    spine.push(`<itemref idref="c${article.n}"/>`);
    for (const block of article.blocks) {
      if (block.kind !== 'image') continue;
      const image = imageName(article.n, block.image);
      if (!image) continue;
      files[`EPUB/images/${image}`] = [new Uint8Array(block.image.bytes), { level: 0 }];
      manifest.push(`<item id="i${article.n}-${block.image.index}" href="images/${image}" media-type="${block.image.type}"/>`);
    }
  }
  const nav = [
    `<h1>${escapeXml(book.title)}</h1>`,
    '<nav epub:type="toc" id="toc" class="contents">',
    `<h2>${escapeXml(book.labels.contents)}</h2>`,
    book.articles.length ? contentsList(book, (a) => `text/${chapterName(a.n)}`) : `<ol><li><a href="nav.xhtml">${escapeXml(book.title)}</a></li></ol>`,
    '</nav>',
  ].join('\n');
  files['EPUB/nav.xhtml'] = utf8(xhtml(lang, book.title, 'book.css', nav));
  const modified = book.exportedAt.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  files['EPUB/package.opf'] = utf8(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${lang}">`,
      '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
      `<dc:identifier id="uid">${identifier(book)}</dc:identifier>`,
      `<dc:title>${escapeXml(book.title)}</dc:title>`,
      `<dc:language>${lang}</dc:language>`,
      `<meta property="dcterms:modified">${modified}</meta>`,
      '</metadata>',
      '<manifest>',
      ...manifest,
      '</manifest>',
      '<spine>',
      ...spine,
      '</spine>',
      '</package>',
      '',
    ].join('\n'),
  );
  // Zip times are local DOS times from 1980 on; the export moment keeps the file reproducible.
  return zipSync(files, { mtime: book.exportedAt });
}
