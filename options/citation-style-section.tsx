/**
 * Options → citation style: the bundled styles and the reader's own CSL files ("Add a CSL style
 * file…", e.g. from the Zotero Style Repository), checked with validateCslStyle and tried with
 * the engine before they are offered, stored in browser.storage.local; a preview in the chosen
 * style, made by the same engine as every citation, of a stored article the reader picks (the
 * latest by default; a built-in sample while none is stored).
 */
import { useEffect, useState } from 'preact/hooks';
import { BUNDLED_STYLES } from '../src/core/citation/bundled-styles';
import { cslItem } from '../src/core/citation/csl-item';
import { customStyle, MAX_CUSTOM_STYLES, type CustomStyle } from '../src/core/citation/style-choice';
import { MAX_STYLE_BYTES, validateCslStyle, type StyleProblem } from '../src/core/citation/validate-style';
import type { ArticleRecord, Settings } from '../src/core/model';
import { openDb } from '../src/background/db/database';
import { renderCitationsReport } from '../popup/citations';
import { fallbackSentence } from '../src/core/citation/style-fallback';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';
import { loadCustomStyles, saveCustomStyles } from './custom-styles';
import { readSlice } from './restore-file';

/** What the preview cites when no article is stored yet. */
const SAMPLE: ArticleRecord = {
  id: 'sample',
  url: 'https://epaper.example.cn/html/2022-03/31/content_5.htm',
  title: '加快城市运行管理“一网统管”',
  authors: [{ name: '王子瑶', role: 'reporter' }, { name: 'Pieter van der Berg', role: 'correspondent' }],
  publication: '荆州日报',
  date: '2022-03-31',
  page: '02',
  bodyText: '',
  sentences: [],
  sources: {},
  createdAt: Date.UTC(2022, 2, 31, 8),
  updatedAt: Date.UTC(2022, 2, 31, 8),
};

/** Why a file cannot be used, in the reader's language. */
const problemText = (problem: StyleProblem) => t(`styleProblem_${problem.code}`, ...problem.args);

/** How many stored articles the preview offers (the most recently updated). */
export const PREVIEW_CHOICES = 50;

/** The articles the preview can cite, latest first; the sample when none is stored. */
async function previewChoices(): Promise<ArticleRecord[]> {
  const stored = await openDb().articles.orderBy('updatedAt').reverse().limit(PREVIEW_CHOICES).toArray();
  return stored.length ? stored : [SAMPLE];
}

/** How an article is named in the preview's list: title, paper and date, as the reader saw them. */
function choiceLabel(article: ArticleRecord): string {
  if (article === SAMPLE) return t('optionsStyleSampleArticle', SAMPLE.title);
  const title = article.title.trim() || article.url;
  const short = title.length > 80 ? `${title.slice(0, 79)}…` : title;
  return [short, article.publication?.trim(), article.date?.trim()].filter(Boolean).join(' · ');
}

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

type Notice = { text: string; error: boolean } | null;

export function CitationStyleSection({ settings, onChange }: Props) {
  const [custom, setCustom] = useState<CustomStyle[]>([]);
  const [choices, setChoices] = useState<ArticleRecord[]>([]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const article = choices.find((a) => a.id === chosenId) ?? choices[0] ?? null;
  const [preview, setPreview] = useState<{ reference: string; citation: string } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  /** Why the chosen style is not the one previewed (a stored style the engine cannot use). */
  const [fallback, setFallback] = useState<string | null>(null);
  const style = settings.citationStyle;

  useEffect(() => {
    loadCustomStyles().then(setCustom, (e: unknown) => setNotice({ text: errorText(e), error: true }));
    previewChoices().then(setChoices, () => setChoices([SAMPLE]));
  }, []);

  useEffect(() => {
    if (!article) return;
    let live = true;
    const items = [cslItem(article)];
    Promise.all([
      renderCitationsReport({ style, format: 'text', kind: 'references', items }),
      renderCitationsReport({ style, format: 'text', kind: 'citations', items }),
    ]).then(
      ([references, citations]) => {
        if (!live) return;
        setPreview({ reference: references.values[0] ?? '', citation: citations.values[0] ?? '' });
        // A stored style the engine cannot use: the preview is in the default style, and says why.
        const fallback = references.fallback ?? citations.fallback;
        setFallback(fallback ? fallbackSentence(fallback, t) : null);
      },
      (e: unknown) => live && setNotice({ text: errorText(e), error: true }),
    );
    return () => {
      live = false;
    };
  }, [style, article, custom]);

  const add = async (file: File) => {
    setNotice(null);
    if (file.size > MAX_STYLE_BYTES) return setNotice({ text: t('optionsStyleUnusable', file.name, problemText({ code: 'tooLarge', args: [] })), error: true });
    const xml = new TextDecoder('utf-8').decode(await readSlice(file));
    const checked = validateCslStyle(xml);
    if (!checked.ok) return setNotice({ text: t('optionsStyleUnusable', file.name, problemText(checked.problem)), error: true });
    const own = customStyle(checked.title, xml);
    const others = custom.filter((s) => s.id !== own.id);
    if (others.length >= MAX_CUSTOM_STYLES) return setNotice({ text: t('optionsStyleTooMany', String(MAX_CUSTOM_STYLES)), error: true });
    setBusy(true);
    try {
      const next = [...others, own];
      await saveCustomStyles(next);
      // Tried with the engine before it is offered: a style citeproc-js cannot use is taken back.
      const tried = await renderCitationsReport({ style: own.id, format: 'text', kind: 'references', items: [cslItem(article ?? SAMPLE)] }).catch(
        async (error: unknown) => {
          await saveCustomStyles(others);
          throw error;
        },
      );
      if (tried.fallback) {
        await saveCustomStyles(others);
        return setNotice({ text: t('optionsStyleUnusable', file.name, t('optionsStyleEngineRefused', tried.fallback.engineMessage)), error: true });
      }
      setCustom(next);
      onChange({ ...settings, citationStyle: own.id });
      setNotice({ text: t('optionsStyleAdded', own.title), error: false });
    } catch (error) {
      setNotice({ text: errorText(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    const next = custom.filter((s) => s.id !== id);
    try {
      await saveCustomStyles(next);
      setCustom(next);
      if (style === id) onChange({ ...settings, citationStyle: BUNDLED_STYLES[0].id });
    } catch (error) {
      setNotice({ text: errorText(error), error: true });
    }
  };

  const chosenOwn = custom.find((s) => s.id === style);
  return (
    <section aria-labelledby="citation-title" data-role="citation-style">
      <h2 id="citation-title">{t('optionsCitationStyle')}</h2>
      <label>
        {t('optionsCitationStyle')}
        <select data-setting="citationStyle" value={style} onChange={(e) => onChange({ ...settings, citationStyle: (e.target as HTMLSelectElement).value })}>
          {BUNDLED_STYLES.map((s) => (
            <option key={s.id} value={s.id}>
              {t(`citationStyle_${s.id.replace(/-/g, '_')}`)}
            </option>
          ))}
          {custom.length > 0 && (
            <optgroup label={t('optionsStyleOwn')}>
              {custom.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <label>
        {t('optionsStyleAdd')}
        <span class="muted"> {t('optionsStyleAddHelp')}</span>
        <input
          type="file"
          accept=".csl,application/vnd.citationstyles.style+xml,text/xml"
          data-action="add-style"
          disabled={busy}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) add(file).catch((error: unknown) => setNotice({ text: errorText(error), error: true })).finally(() => (input.value = ''));
          }}
        />
      </label>
      {chosenOwn && (
        <button type="button" data-action="remove-style" onClick={() => void remove(chosenOwn.id)}>
          {t('optionsStyleRemove', chosenOwn.title)}
        </button>
      )}
      {notice && (
        <p role={notice.error ? 'alert' : 'status'} class={notice.error ? 'error' : 'muted'} data-role="style-notice">
          {notice.text}
        </p>
      )}
      {fallback && (
        <p role="alert" class="error" data-role="style-fallback">
          {fallback}
        </p>
      )}
      <figure class="style-preview" data-role="style-preview">
        <figcaption class="muted">{t('optionsStylePreview')}</figcaption>
        <label>
          {t('optionsStylePreviewArticle')}
          <select data-role="preview-article" value={article?.id ?? ''} disabled={choices.length < 2} onChange={(e) => setChosenId((e.target as HTMLSelectElement).value)}>
            {choices.map((a) => (
              <option key={a.id} value={a.id}>
                {choiceLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <p data-role="preview-reference">{preview?.reference ?? ''}</p>
        <p class="muted" data-role="preview-citation">{preview?.citation ?? ''}</p>
      </figure>
    </section>
  );
}
