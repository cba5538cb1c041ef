/**
 * Jianbao's reader page for newspaper PDFs: pdf.js's viewer components show the pages with a
 * selectable text layer (zoom, find, page list, keyboard), and a sidebar lists each page's
 * articles as the newspaper segmentation finds them; a click scrolls to the article and
 * outlines where it is printed. See docs/architecture/pdf.md.
 */
import './pdfjs-global';
import { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { t } from '../popup/i18n';
import { documentText } from '../src/core/pdf/document-text';
import { readIssueInfo, type IssueInfo } from '../src/core/pdf/issue-info';
import { pdfPageUrl } from '../src/core/pdf/pdf-address';
import type { DetectedArticle } from '../src/messages';
import { callBackground } from '../popup/background-call';
import { createPdfHighlighter, type PaintedHighlight } from './pdf-highlights';
import { foldCompatibilityIdeographs, type PdfTextItem } from '../src/core/pdf/text-items';
import { LOCAL_RESOURCES, pdfjsLib } from './pdfjs-global';
import { addressFromQuery, fetchPdf, PdfTooLargeError, readPdfFile, type PdfSource } from './open-source';
import { READER_CHANNEL, readReaderMessage, type ReaderRequest } from '../src/core/pdf/reader-channel';
import browser from 'webextension-polyfill';
import { pageArticles, type PageArticle, type PageArticles } from './page-articles';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const container = $<HTMLDivElement>('viewerContainer');
const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus });
const findController = new PDFFindController({ eventBus, linkService });
const viewer = new PDFViewer({ container, viewer: $<HTMLDivElement>('viewer'), eventBus, linkService, findController, removePageBorders: false });
linkService.setViewer(viewer);

type PdfDocument = Awaited<ReturnType<typeof pdfjsLib.getDocument>['promise']>;
/** What the page knows about the open document (also read by the end-to-end tests through the DOM only). */
const state: {
  doc?: PdfDocument;
  source?: PdfSource;
  pages: PageArticles[];
  /** Per page, the item index of each text-layer span (pdf.js draws a span for every item with text). */
  shownItems: Int32Array[];
  selected?: PageArticle;
  issue?: IssueInfo;
  highlighter?: ReturnType<typeof createPdfHighlighter>;
  pageUrl?: string;
  infoTitle?: string;
} = { pages: [], shownItems: [] };

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------
for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle!);
for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder!);

function notify(message: string | undefined): void {
  const notice = $('notice');
  notice.hidden = !message;
  notice.textContent = message ?? '';
}

// ---------------------------------------------------------------------------------------------
// Opening
// ---------------------------------------------------------------------------------------------
async function open(load: () => Promise<PdfSource>): Promise<void> {
  notify(undefined);
  let source: PdfSource;
  try {
    source = await load();
  } catch (error) {
    notify(error instanceof PdfTooLargeError ? t('viewerTooLarge', String(Math.round(error.limit / 1024 / 1024))) : t('viewerCannotLoad', (error as Error).message));
    return;
  }
  let doc: PdfDocument;
  try {
    doc = await pdfjsLib.getDocument({ data: source.bytes, ...LOCAL_RESOURCES }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    notify(name === 'PasswordException' ? t('viewerEncrypted') : t('viewerNotPdf', source.name));
    return;
  }
  await state.doc?.destroy();
  state.doc = doc;
  state.source = source;
  state.pages = [];
  state.shownItems = [];
  state.selected = undefined;
  state.highlighter = undefined;
  state.pageUrl = undefined;
  // The ready marks (tests and bench:pdf wait on them) belong to the PDF shown: a second PDF
  // opened in the same tab must not look ready while its pages are still being read.
  delete document.body.dataset.articles;
  delete document.body.dataset.highlights;
  document.body.classList.add('has-doc');
  showSourceInAddress(source);
  const drawn = firstTextLayer();
  viewer.setDocument(doc);
  linkService.setDocument(doc);
  $('page-count').textContent = `/ ${doc.numPages}`;
  ($('page-number') as HTMLInputElement).max = String(doc.numPages);
  const labels = await doc.getPageLabels().catch(() => null);
  renderPageList(doc.numPages, labels);
  // PageDown, PageUp, Space and the arrows scroll the pages at once, without a click first.
  if (!document.activeElement || document.activeElement === document.body) container.focus();
  await drawn;
  const infoTitle = await readArticles(doc, source);
  if (state.doc === doc && state.pages.some((page) => page.segmentation.hasText)) await startHighlighting(doc, source, labels, infoTitle);
}

/**
 * The reader's address says what it shows: `file=` the fetched address, none for a chosen or
 * dropped file (a reload would otherwise open the previous address again), and no `pdf=` key
 * until this document's highlights start (a scan opened after a PDF must not keep that PDF's
 * key, or the popup would list the other PDF's highlights for it).
 */
function showSourceInAddress(source: PdfSource): void {
  const address = new URL(location.href);
  if (source.fetched) address.searchParams.set('file', source.address);
  else address.searchParams.delete('file');
  address.searchParams.delete('pdf');
  history.replaceState(null, '', address.href);
}

/**
 * Resolves once pdf.js has drawn a text layer of the document being set (or after `waitMs`, so a
 * page that is never drawn does not hold the articles back). The articles wait for it: reading
 * and segmenting page 1 while pdf.js draws it asked pdf.js's worker for the page's text a second
 * time and held the main thread, so the first selectable text came 1.29× later than in pdf.js's
 * own viewer (docs/BENCHMARKS.md, PDF reader).
 */
function firstTextLayer(waitMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      eventBus.off('textlayerrendered', done);
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    eventBus.on('textlayerrendered', done);
  });
}

/** Segments page after page (the first page's list shows before the rest are read). */
async function readArticles(doc: PdfDocument, source: PdfSource): Promise<string | undefined> {
  const info = await doc.getMetadata().catch(() => undefined);
  const infoTitle = typeof (info?.info as { Title?: unknown } | undefined)?.Title === 'string' ? ((info?.info as { Title: string }).Title) : undefined;
  $('articles').replaceChildren();
  const withoutText: number[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    if (state.doc !== doc) return infoTitle;
    const page = await doc.getPage(number);
    // As the text layer reads it (no normalisation), so item characters map 1:1 to its spans.
    const content = await page.getTextContent({ disableNormalization: true });
    const items = content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item);
    const result = pageArticles(number, items);
    state.pages.push(result);
    // Only which items have a span is kept: the items themselves (boxes, fonts, transforms) are
    // the larger part of the page's text content and are not needed once it is segmented.
    state.shownItems.push(Int32Array.from(items.flatMap((item, index) => (item.str === '' ? [] : [index]))));
    if (!result.segmentation.hasText) withoutText.push(number);
    if (number === 1) {
      state.issue = readIssueInfo({ head: result.segmentation.head, infoTitle, address: source.address });
      showTitle(state.issue, infoTitle, source.name);
    }
    renderArticles(result);
  }
  performance.mark('jianbao:articles-listed');
  document.body.dataset.articles = 'ready';
  if (withoutText.length === doc.numPages) notify(t('viewerScan'));
  else if (withoutText.length) notify(t('viewerScanPages', withoutText.join(', ')));
  return infoTitle;
}

/**
 * The PDF's items become article records (one per item, `urn:x-pdf:<fingerprint>#item-N`, with
 * the paper, date and 版次 of its page), then its stored highlights are anchored and painted.
 */
async function startHighlighting(doc: PdfDocument, source: PdfSource, labels: string[] | null, infoTitle: string | undefined): Promise<void> {
  const fingerprint = doc.fingerprints[0];
  if (!fingerprint) return;
  const pageUrl = pdfPageUrl(fingerprint);
  state.pageUrl = pageUrl;
  state.infoTitle = infoTitle;
  // The popup reads the PDF's key from the reader's address (popup/use-page-highlights.ts).
  const address = new URL(location.href);
  address.searchParams.set('pdf', pageUrl);
  history.replaceState(null, '', address.href);
  const text = documentText(state.pages.map((page) => page.segmentation));
  const title = $('doc-title').textContent || source.name;
  await callBackground('ui-bg:save-pdf-article', { article: detectedArticle(pageUrl, title, source, infoTitle) }).catch((error: Error) => notify(t('viewerCannotSave', error.message)));
  if (state.doc !== doc) return;
  state.highlighter = createPdfHighlighter(
    { pageUrl, title, doc: text, labels, shownItems: state.shownItems },
    {
      container,
      pageDiv: (page) => (viewer.getPageView(page) as { div?: HTMLElement } | undefined)?.div,
      onChange: renderHighlights,
    },
  );
  await state.highlighter.restore();
  performance.mark('jianbao:highlights-ready');
  document.body.dataset.highlights = 'ready';
}

/** The detected article of the whole PDF: its items, each with its page's 版次. */
function detectedArticle(pageUrl: string, title: string, source: PdfSource, infoTitle: string | undefined): DetectedArticle {
  const issue = state.issue ?? { sources: {} };
  const items = state.pages.flatMap((page) => {
    const pageIssue = readIssueInfo({ head: page.segmentation.head, infoTitle, address: source.address });
    return page.articles.map((article) => ({
      title: (article.item.title ?? article.label).slice(0, 2_000) || '—',
      ...(article.item.kicker ? { kicker: article.item.kicker.slice(0, 2_000) } : {}),
      ...(article.item.subtitle ? { subtitle: article.item.subtitle.slice(0, 2_000) } : {}),
      authors: article.item.people.slice(0, 100),
      ...(pageIssue.page ? { page: pageIssue.page } : {}),
      bodyText: article.item.bodyText,
    }));
  });
  const sources: Record<string, string> = { title: 'pdf-segment' };
  for (const [field, from] of Object.entries(issue.sources)) if (from) sources[field] = from;
  return {
    kind: 'html',
    url: pageUrl,
    title: title.slice(0, 2_000),
    authors: items.length === 1 ? items[0].authors : [],
    ...(issue.publication ? { publication: issue.publication.slice(0, 2_000) } : {}),
    ...(issue.date ? { date: issue.date } : {}),
    ...(issue.page ? { page: issue.page } : {}),
    ...(issue.section ? { section: issue.section.slice(0, 2_000) } : {}),
    bodyText: items.length === 1 ? items[0].bodyText : '',
    sources,
    ...(items.length >= 2 ? { items: items.slice(0, 500) } : {}),
  };
}

/** Each article's highlights under its sidebar entry; highlights not found in this PDF at the top. */
function renderHighlights(highlights: PaintedHighlight[]): void {
  for (const old of $('articles').querySelectorAll('.article-highlights, .orphans')) old.remove();
  const entries = [...$('articles').querySelectorAll<HTMLButtonElement>('button[data-item]')];
  const itemNumber = (articleId: string | undefined) => Number(/#item-(\d+)$/u.exec(articleId ?? '')?.[1] ?? NaN);
  const orphans: PaintedHighlight[] = [];
  for (const entry of highlights) {
    if (!entry.span) {
      orphans.push(entry);
      continue;
    }
    const button = entries[itemNumber(entry.highlight.articleId)];
    if (!button) continue;
    let list = button.parentElement!.querySelector('.article-highlights');
    if (!list) {
      list = document.createElement('ul');
      list.className = 'article-highlights';
      button.parentElement!.append(list);
    }
    list.append(highlightEntry(entry));
  }
  if (orphans.length) {
    const box = document.createElement('li');
    box.className = 'orphans';
    box.textContent = t('viewerOrphans', String(orphans.length));
    const list = document.createElement('ul');
    for (const entry of orphans) list.append(highlightEntry(entry));
    box.append(list);
    $('articles').prepend(box);
  }
}

function highlightEntry(entry: PaintedHighlight): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.highlightId = entry.highlight.id;
  li.dataset.color = entry.highlight.color;
  const quote = document.createElement('span');
  quote.className = 'quote';
  quote.textContent = entry.highlight.exact.replace(/\s+/gu, ' ');
  li.append(quote);
  if (entry.highlight.note) {
    const note = document.createElement('span');
    note.className = 'note';
    note.textContent = entry.highlight.note;
    li.append(note);
  }
  if (entry.highlight.tags.length) {
    const tags = document.createElement('span');
    tags.className = 'tags';
    tags.textContent = entry.highlight.tags.map((tag) => `#${tag}`).join(' ');
    li.append(tags);
  }
  return li;
}

function showTitle(issue: IssueInfo, infoTitle: string | undefined, name: string): void {
  const parts = [issue.publication, issue.date, issue.page && t('viewerPageLabel', issue.page), issue.section].filter(Boolean);
  const title = parts.length ? parts.join(' · ') : infoTitle || name;
  $('doc-title').textContent = title;
  document.title = `${title} — Jianbao`;
}

// ---------------------------------------------------------------------------------------------
// Sidebar: articles and pages
// ---------------------------------------------------------------------------------------------
const KIND_KEYS: Record<string, string> = {
  article: 'viewerKindArticle',
  photo: 'viewerKindPhoto',
  column: 'viewerKindColumn',
  ad: 'viewerKindAd',
  continuation: 'viewerKindContinuation',
  other: 'viewerKindOther',
};

function renderArticles(result: PageArticles): void {
  const list = $('articles');
  const heading = document.createElement('li');
  heading.className = 'page-heading';
  heading.textContent = t('viewerPageHeading', String(result.page));
  list.append(heading);
  for (const article of result.articles) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.page = String(article.page);
    button.dataset.item = String(article.index);
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = t(KIND_KEYS[article.item.kind] ?? 'viewerKindOther');
    const title = document.createElement('span');
    title.className = 'article-title';
    title.textContent = article.label;
    const meta = document.createElement('span');
    meta.className = 'article-meta';
    const continued = article.item.continuedFrom ? t('viewerContinuedFrom', article.item.continuedFrom) : '';
    meta.textContent = [article.byline, continued].filter(Boolean).join(' · ');
    title.prepend(kind);
    button.append(title, meta);
    button.addEventListener('click', () => selectArticle(article));
    li.append(button);
    list.append(li);
  }
}

function renderPageList(count: number, labels: string[] | null): void {
  const list = $('pages');
  list.replaceChildren();
  for (let number = 1; number <= count; number++) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.page = String(number);
    const label = labels?.[number - 1];
    button.textContent = label && label !== String(number) ? `${t('viewerPageHeading', String(number))} (${label})` : t('viewerPageHeading', String(number));
    button.addEventListener('click', () => {
      viewer.currentPageNumber = number;
    });
    li.append(button);
    list.append(li);
  }
}

for (const [tabId, panelId] of [['tab-articles', 'articles'], ['tab-pages', 'pages']] as const) {
  $(tabId).addEventListener('click', () => {
    for (const [otherTab, otherPanel] of [['tab-articles', 'articles'], ['tab-pages', 'pages']]) {
      $(otherTab).setAttribute('aria-selected', String(otherTab === tabId));
      $(otherPanel).hidden = otherPanel !== panelId;
    }
  });
}

/** Outlines the selected article's boxes on its page (again after each render: pdf.js rebuilds the page). */
function drawOutline(): void {
  for (const old of document.querySelectorAll('.jb-item-outline')) old.remove();
  const article = state.selected;
  if (!article) return;
  const view = viewer.getPageView(article.page - 1) as { div: HTMLElement; viewport: { convertToViewportRectangle(rect: number[]): number[] } } | undefined;
  if (!view) return;
  for (const box of article.boxes) {
    const [ax, ay, bx, by] = view.viewport.convertToViewportRectangle([box.x0, box.bottom, box.x1, box.top]);
    const outline = document.createElement('div');
    outline.className = 'jb-item-outline';
    const pad = 4;
    Object.assign(outline.style, {
      left: `${Math.min(ax, bx) - pad}px`,
      top: `${Math.min(ay, by) - pad}px`,
      width: `${Math.abs(bx - ax) + 2 * pad}px`,
      height: `${Math.abs(by - ay) + 2 * pad}px`,
    });
    view.div.append(outline);
  }
}

function selectArticle(article: PageArticle): void {
  state.selected = article;
  for (const button of $('articles').querySelectorAll('button')) {
    button.setAttribute('aria-current', String(button.dataset.page === String(article.page) && button.dataset.item === String(article.index)));
  }
  const top = Math.max(...article.boxes.map((box) => box.top));
  const left = Math.min(...article.boxes.map((box) => box.x0));
  viewer.scrollPageIntoView({ pageNumber: article.page, destArray: [null, { name: 'XYZ' }, left - 20, top + 30, null], allowNegativeOffset: true });
  drawOutline();
}

eventBus.on('textlayerrendered', () => {
  state.highlighter?.repaint();
  // The first text a reader can select, for bench/pdf.bench.mjs.
  if (!document.body.dataset.firstText) {
    performance.mark('jianbao:first-text');
    document.body.dataset.firstText = 'ready';
  }
});
eventBus.on('pagerendered', (event: { pageNumber: number }) => {
  if (state.selected?.page === event.pageNumber) drawOutline();
});
eventBus.on('scalechanging', () => requestAnimationFrame(drawOutline));

// ---------------------------------------------------------------------------------------------
// Toolbar: pages, zoom, find
// ---------------------------------------------------------------------------------------------
const pageInput = $<HTMLInputElement>('page-number');
eventBus.on('pagesinit', () => {
  viewer.currentScaleValue = 'page-width';
});
eventBus.on('pagechanging', (event: { pageNumber: number }) => {
  pageInput.value = String(event.pageNumber);
  for (const button of $('pages').querySelectorAll('button')) button.setAttribute('aria-current', String(button.dataset.page === String(event.pageNumber)));
});
pageInput.addEventListener('change', () => {
  const number = Number(pageInput.value);
  if (state.doc && Number.isInteger(number) && number >= 1 && number <= state.doc.numPages) viewer.currentPageNumber = number;
  else pageInput.value = String(viewer.currentPageNumber);
});
$('prev-page').addEventListener('click', () => viewer.previousPage());
$('next-page').addEventListener('click', () => viewer.nextPage());

const zoom = $<HTMLSelectElement>('zoom');
zoom.addEventListener('change', () => {
  if (zoom.value !== 'custom') viewer.currentScaleValue = zoom.value;
});
$('zoom-in').addEventListener('click', () => viewer.increaseScale());
$('zoom-out').addEventListener('click', () => viewer.decreaseScale());
eventBus.on('scalechanging', (event: { scale: number; presetValue?: string }) => {
  const custom = $<HTMLOptionElement>('zoom-custom');
  // pdf.js names only page-width/page-fit/auto as presets; a numeric scale (100 % chosen in the
  // list, or reached with + and -) is matched to its own entry so the list does not show it as
  // a custom zoom.
  const preset = [...zoom.options].find((option) => (event.presetValue ? option.value === event.presetValue : Math.abs(Number(option.value) - event.scale) < 1e-6));
  if (preset) {
    custom.hidden = true;
    zoom.value = preset.value;
  } else {
    custom.hidden = false;
    custom.textContent = `${Math.round(event.scale * 100)} %`;
    zoom.value = 'custom';
  }
});

const findInput = $<HTMLInputElement>('find');
function find(type: '' | 'again', findPrevious = false): void {
  eventBus.dispatch('find', { source: findInput, type, query: findInput.value, caseSensitive: false, entireWord: false, highlightAll: true, findPrevious, matchDiacritics: false });
}
findInput.addEventListener('input', () => find(''));
findInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') find('again', event.shiftKey);
  if (event.key === 'Escape') {
    findInput.value = '';
    find('');
    container.focus();
  }
});
$('find-next').addEventListener('click', () => find('again'));
$('find-prev').addEventListener('click', () => find('again', true));
function showMatches(matches: { current: number; total: number }): void {
  $('find-status').textContent = findInput.value && matches.total ? t('viewerFindCount', String(matches.current), String(matches.total)) : '';
}
// While pdf.js counts the matches page by page.
eventBus.on('updatefindmatchescount', (event: { matchesCount: { current: number; total: number } }) => showMatches(event.matchesCount));
// Once a match is selected, and after each step with Enter or ↑ ↓: pdf.js sends no new count
// then (the status stayed at "1 of N" while the selection moved on).
eventBus.on('updatefindcontrolstate', (event: { state: number; matchesCount: { current: number; total: number } }) => {
  // pdf.js FindState: 0 found, 1 not found, 2 wrapped round, 3 pending.
  if (event.state === 1 && findInput.value) $('find-status').textContent = t('viewerFindNone');
  else if (event.state === 0 || event.state === 2) showMatches(event.matchesCount);
});

// Keyboard: n/j and p/k for pages, + and - (alone or with Ctrl/⌘) to zoom, 0 for page width,
// Home/End, Ctrl/⌘+F to find; PageDown/PageUp/Space scroll the focused pages natively.
document.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
    event.preventDefault();
    findInput.focus();
    findInput.select();
    return;
  }
  // Ctrl/⌘ with +, - or 0 zooms the PDF, not the page around it (as pdf.js's and the browsers'
  // own PDF viewers do); the toolbar and sidebar keep their size.
  const zoomKeys: Record<string, () => void> = {
    '+': () => viewer.increaseScale(),
    '=': () => viewer.increaseScale(),
    '-': () => viewer.decreaseScale(),
    '0': () => {
      viewer.currentScaleValue = 'page-width';
    },
  };
  if ((event.ctrlKey || event.metaKey) && !event.altKey && zoomKeys[event.key] && state.doc) {
    event.preventDefault();
    zoomKeys[event.key]();
    return;
  }
  const target = event.target as HTMLElement;
  if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, select, textarea')) return;
  const actions: Record<string, () => void> = {
    n: () => viewer.nextPage(),
    j: () => viewer.nextPage(),
    p: () => viewer.previousPage(),
    k: () => viewer.previousPage(),
    '+': () => viewer.increaseScale(),
    '=': () => viewer.increaseScale(),
    '-': () => viewer.decreaseScale(),
    '0': () => {
      viewer.currentScaleValue = 'page-width';
    },
    Home: () => {
      viewer.currentPageNumber = 1;
    },
    End: () => {
      if (state.doc) viewer.currentPageNumber = state.doc.numPages;
    },
  };
  const action = actions[event.key];
  if (action && state.doc) {
    event.preventDefault();
    action();
  }
});

// Copied text gets the ideographs back that a PDF writer mapped to radicals (⽇ → 日).
document.addEventListener('copy', (event) => {
  const text = document.getSelection()?.toString() ?? '';
  const folded = foldCompatibilityIdeographs(text);
  if (folded !== text && event.clipboardData) {
    event.clipboardData.setData('text/plain', folded);
    event.preventDefault();
  }
});

// ---------------------------------------------------------------------------------------------
// Open… and drag-and-drop
// ---------------------------------------------------------------------------------------------
const fileInput = $<HTMLInputElement>('file-input');
$('open').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void open(() => readPdfFile(file));
  fileInput.value = '';
});
document.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) {
    event.preventDefault();
    document.body.classList.add('dragging');
  }
});
document.addEventListener('dragleave', (event) => {
  if (!event.relatedTarget) document.body.classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  document.body.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  event.preventDefault();
  void open(() => readPdfFile(file));
});

const address = addressFromQuery(location.search);
if (address) void open(() => fetchPdf(address));
else if (new URLSearchParams(location.search).has('file')) notify(t('viewerBadAddress'));

// ---------------------------------------------------------------------------------------------
// The popup and the background (src/core/pdf/reader-channel.ts): scroll to a highlight, clip
// the article in view, anchor again, repaint after an edit made elsewhere.
// ---------------------------------------------------------------------------------------------
const ownTab = browser.tabs.getCurrent().then((tab) => tab?.id, () => undefined);
const channel = new BroadcastChannel(READER_CHANNEL);

/** Scrolls to a highlight and flashes where it starts; false when it is not in this PDF. */
async function scrollToHighlight(id: string): Promise<boolean> {
  const at = state.highlighter?.locate(id);
  if (!at) return false;
  viewer.scrollPageIntoView({ pageNumber: at.page + 1 });
  // pdf.js draws the page's text layer once it is in view.
  for (let tries = 0; tries < 50; tries++) {
    const element = state.highlighter?.itemElement(at.page, at.item);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.classList.add('jb-flash');
      setTimeout(() => element.classList.remove('jb-flash'), 1_500);
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** The item the reader means: the one selected in the sidebar, else the first of the page in view. */
function itemInView(): number | undefined {
  const articles = state.pages.flatMap((page) => page.articles);
  if (!articles.length) return undefined;
  const selected = state.selected && articles.indexOf(state.selected);
  if (selected !== undefined && selected >= 0) return selected;
  const onPage = articles.findIndex((article) => article.page === viewer.currentPageNumber);
  return onPage >= 0 ? onPage : 0;
}

async function answer(request: ReaderRequest): Promise<unknown> {
  switch (request.type) {
    case 'scroll-to':
      return { found: await scrollToHighlight(request.id) };
    case 'find-again':
      await state.highlighter?.restore();
      return { repainted: state.highlighter?.highlights().filter((entry) => entry.span).length ?? 0 };
    case 'clip':
      return clip();
    case 'command':
      // A shortcut or menu item of the extension pressed here (src/background/menus.ts).
      if (request.command === 'clip-article') return clip();
      return { done: state.highlighter?.command(request.command) ?? false };
  }
}

/** Clips the article the reader means (see itemInView), text only. */
async function clip(): Promise<unknown> {
  if (!state.pageUrl || !state.source) throw new Error(t('viewerNothingToClip'));
  const article = detectedArticle(state.pageUrl, $('doc-title').textContent || state.source.name, state.source, state.infoTitle);
  const item = article.items ? itemInView() : undefined;
  return callBackground('ui-bg:clip-pdf-article', { article, images: [], ...(item !== undefined ? { item } : {}) });
}

channel.addEventListener('message', (event: MessageEvent) => {
  const message = readReaderMessage(event.data);
  if (!message || message.type === 'reply') return;
  if (message.type === 'changed') {
    if (message.pageUrl === undefined || message.pageUrl === state.pageUrl) void state.highlighter?.restore();
    return;
  }
  void ownTab.then(async (tabId) => {
    if (tabId !== message.tabId) return;
    try {
      channel.postMessage({ type: 'reply', requestId: message.requestId, ok: true, value: await answer(message) });
    } catch (error) {
      channel.postMessage({ type: 'reply', requestId: message.requestId, ok: false, error: String((error as Error).message).slice(0, 2_000) });
    }
  });
});
