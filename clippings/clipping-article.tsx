/**
 * One clipping as a newspaper column: paper, date and page above the headline, kicker,
 * headline, subtitle, byline, the citation, a link to the original; the body from the stored
 * text with the reader's highlights painted in their colours and numbered notes beside them
 * (footnotes in print); the stored images where they stood. Everything is text nodes; images
 * come only from the stored bytes.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { editionDay, isChineseText, pageLabel } from '../src/core/clippings/book-contents';
import { paintParagraphs } from '../src/core/clippings/paint-paragraphs';
import { safeHttpUrl } from '../src/core/export/escape-html';
import type { ArticleRecord, Highlight, Settings } from '../src/core/model';
import { useEffect, useState } from 'preact/hooks';
import { referenceOf } from '../popup/citations';
import { formatEditionDate } from '../popup/format-date';
import { t } from '../popup/i18n';
import { LangText } from '../popup/lang-text';
import { articleOfClipping } from '../src/core/clippings/clipping';
import { bylineOf, headerLanguage } from '../src/core/clippings/book-export/book-model';
import { bylineLanguage } from '../src/core/people/byline';
import { citesAddress } from '../src/core/clippings/cites-address';
import type { ClippingDetails, ShownImage } from './use-clipping';

interface Props {
  details: ClippingDetails;
  settings: Settings;
  /** The highlight to scroll to and flash (from the popup's "open in the book"). */
  focusHighlight?: string;
  /** Below the body: the note and tag editors on screen, their text in print. */
  children?: ComponentChildren;
  /** The reference, when the caller rendered it (the printed book renders all in one request). */
  citation?: string;
}

function Figure({ shown, lang }: { shown: ShownImage; lang?: string }) {
  const { image, url } = shown;
  const caption = image.caption || image.alt;
  return (
    <figure class="clip-figure">
      {/* Not loading="lazy": the bytes are local (a blob: URL), and a lazy image out of view has
          no request, so img.decode() rejects in Firefox (the book's e2e saw width 0) and the
          printed book, which waits for every image to decode, printed before them. */}
      <img src={url} alt={image.alt || caption} width={image.width} height={image.height} decoding="async" />
      {caption && (
        <figcaption>
          <LangText text={caption} lang={lang} />
        </figcaption>
      )}
    </figure>
  );
}

/** Notes numbered in reading order of their highlights. */
function noteNumbers(order: readonly Highlight[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const h of order) if (h.note.trim()) numbers.set(h.id, numbers.size + 1);
  return numbers;
}

/** The engine's reference for the clipping (empty until it is rendered, or if the engine fails). */
function useReference(article: ArticleRecord, style: string, accessedAt: number, given: string | undefined): string {
  const [text, setText] = useState('');
  const key = JSON.stringify([article.title, article.subtitle, article.authors, article.publication, article.date, article.page, article.url, style, accessedAt]);
  useEffect(() => {
    if (given !== undefined) return;
    let live = true;
    referenceOf(article, style, new Date(accessedAt)).then(
      (reference) => live && setText(reference.text),
      (error: unknown) => console.error('[jianbao:book] citation', error),
    );
    return () => {
      live = false;
    };
    // The key holds every field the reference is made of.
  }, [key, given]);
  return given ?? text;
}

export function ClippingArticle({ details, settings, focusHighlight, children, citation: given }: Props) {
  const { clipping, bodyText, images, highlights } = details;
  const lang = clipping.language || (isChineseText(clipping.title) ? 'zh-CN' : undefined);
  // Date and page label in the article's language, like the byline (not the interface's: an
  // English article read "Nov 18, 2021 · 第02版" when its paper's name was Chinese).
  const headLang = headerLanguage(clipping);
  const chinese = bylineLanguage(headLang) === 'zh';
  const painted = paintParagraphs(bodyText, highlights);
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const colors = new Map(settings.palette.map((c) => [c.key, c.value]));
  // Reading order for the notes: where each highlight is in the text; not-found ones last.
  const inText = highlights
    .filter((h) => painted.spans.has(h.id))
    .sort((a, b) => painted.spans.get(a.id)!.start - painted.spans.get(b.id)!.start);
  const notFound = highlights.filter((h) => !painted.spans.has(h.id));
  const numbers = noteNumbers([...inText, ...notFound]);
  const lastRunOf = new Map<string, number>();
  for (const p of painted.paragraphs) for (const run of p.runs) for (const id of run.highlightIds) lastRunOf.set(id, run.start);

  const citation = useReference(articleOfClipping(clipping, bodyText), settings.citationStyle, clipping.createdAt, given);
  const original = safeHttpUrl(clipping.url);
  const day = editionDay(clipping.date);
  const meta = [clipping.publication, day && formatEditionDate(day, headLang), pageLabel(clipping.page ?? '', chinese), clipping.section].filter(Boolean).join(' · ');
  const imagesAt = (paragraph: number) => images.filter((s) => Math.min(s.image.paragraph, painted.paragraphs.length) === paragraph);

  return (
    <article class="clipping" data-clipping={clipping.id} lang={lang}>
      <header class="clip-head">
        {meta && (
          <p class="clip-meta">
            <LangText text={meta} lang={lang} />
          </p>
        )}
        {clipping.kicker && (
          <p class="kicker">
            <LangText text={clipping.kicker} lang={lang} />
          </p>
        )}
        <h1 class="clip-headline">
          <LangText text={clipping.title || clipping.url} lang={lang} />
        </h1>
        {clipping.subtitle && (
          <p class="subtitle">
            <LangText text={clipping.subtitle} lang={lang} />
          </p>
        )}
        {clipping.authors.length > 0 && (
          <p class="clip-byline">
            <LangText text={bylineOf(clipping)} lang={lang} />
          </p>
        )}
        {citation && (
          <p class="citation" data-role="citation">
            <LangText text={citation} lang={lang} />
          </p>
        )}
        {original && (
          // Print shows the address instead of the link, unless the reference above already holds it (most styles cite the URL).
          <p class={citesAddress(citation, original) ? 'original cited' : 'original'}>
            <a href={original} target="_blank" rel="noopener noreferrer">
              {t('bookOriginal')}
            </a>
            {!citesAddress(citation, original) && <span class="original-url">{original}</span>}
          </p>
        )}
      </header>
      <div class="clip-layout">
        <div class="clip-column">
          {painted.paragraphs.map((p, index) => (
            <Fragment key={p.start}>
              {imagesAt(index).map((shown) => (
                <Figure key={shown.image.id} shown={shown} lang={lang} />
              ))}
              <p class="clip-para">
                {p.runs.map((run) => {
                  if (run.highlightIds.length === 0) return <LangText key={run.start} text={run.text} lang={lang} />;
                  const top = byId.get(run.highlightIds[run.highlightIds.length - 1])!;
                  const ends = run.highlightIds.filter((id) => lastRunOf.get(id) === run.start && numbers.has(id));
                  return (
                    <Fragment key={run.start}>
                      <mark
                        class={focusHighlight && run.highlightIds.includes(focusHighlight) ? 'hl focus' : 'hl'}
                        data-hl={top.id}
                        data-color={top.color}
                        style={{ backgroundColor: colors.get(top.color) ?? '#ffe066' }}
                      >
                        <LangText text={run.text} lang={lang} />
                      </mark>
                      {ends.map((id) => (
                        <sup key={id} class="note-ref">
                          <a href={`#note-${cssSafe(id)}`}>{numbers.get(id)}</a>
                        </sup>
                      ))}
                    </Fragment>
                  );
                })}
              </p>
            </Fragment>
          ))}
          {imagesAt(painted.paragraphs.length).map((shown) => (
            <Figure key={shown.image.id} shown={shown} lang={lang} />
          ))}
          {bodyText.trim() === '' && <p class="muted">{t('bookNoText')}</p>}
        </div>
        {(numbers.size > 0 || notFound.length > 0) && (
          <aside class="margin-notes" aria-label={t('bookNotes')}>
            <ol>
              {[...inText, ...notFound]
                .filter((h) => numbers.has(h.id) || notFound.includes(h))
                .map((h) => (
                  <li key={h.id} id={`note-${cssSafe(h.id)}`} data-note-for={h.id} value={numbers.get(h.id)} class={numbers.has(h.id) ? 'margin-note' : 'margin-note unplaced'}>
                    <span class="swatch" style={{ backgroundColor: colors.get(h.color) ?? '#ffe066' }} />
                    {!painted.spans.has(h.id) && (
                      <q class="quote">
                        <LangText text={h.exact} lang={lang} />
                      </q>
                    )}
                    {h.note.trim() && (
                      <span class="note-text">
                        <LangText text={h.note} lang={lang} />
                      </span>
                    )}
                    {h.tags.length > 0 && <span class="note-tags">{h.tags.map((tag) => `#${tag}`).join(' ')}</span>}
                  </li>
                ))}
            </ol>
          </aside>
        )}
      </div>
      {children}
    </article>
  );
}

/** Highlight ids are uuids; anything else is reduced to characters safe in an id. */
function cssSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/gu, '_');
}
