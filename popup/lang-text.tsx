/**
 * Text for a Chinese-language page: Latin runs carry lang="en" (Firefox otherwise draws their
 * apostrophes from the CJK font, full width) and Chinese dates do not break inside. Text only:
 * every run is a text node. On a page in another language the text is returned as it is.
 */
import { scriptRuns, isChineseLanguage } from '../src/core/text/script-runs';

export function LangText({ text, lang }: { text: string; lang?: string }) {
  if (!isChineseLanguage(lang ?? document.documentElement.lang)) {
    // Still keep Chinese dates whole: an English page may quote a Chinese paper.
    if (!/[年月]/u.test(text)) return <>{text}</>;
  }
  const runs = scriptRuns(text);
  if (runs.length === 1 && runs[0].kind === 'plain') return <>{text}</>;
  return (
    <>
      {runs.map((run, i) =>
        run.kind === 'latin' ? (
          <span key={i} lang="en">
            {run.text}
          </span>
        ) : run.kind === 'date' ? (
          <span key={i} class="nowrap">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
