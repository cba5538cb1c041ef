/**
 * The book's table of contents: newspaper → edition date → page (版) → article, or by tag, or
 * by month. Groups are <details>; an article list is only rendered once its group is open, so
 * a book of 10,000 clippings opens with a few dozen elements.
 */
import { useState } from 'preact/hooks';
import type { Clipping } from '../src/core/clippings/clipping';
import { contentsByMonth, contentsByPaper, contentsByTag, isChineseText, pageLabel, type NamedGroup, type PaperGroup, type PreviewPaper } from '../src/core/clippings/book-contents';
import { t } from '../popup/i18n';
import { LangText } from '../popup/lang-text';

export type ContentsView = 'paper' | 'tag' | 'month';

interface Props {
  clippings: Clipping[];
  /** The paper view already grouped (the book's first screen, before every heading is read). */
  papers?: PreviewPaper<Clipping>[];
  view: ContentsView;
  selected?: string;
  /** Every group open (a search or filter result). */
  expanded: boolean;
  onSelect: (id: string) => void;
}

/** A <details> whose children are built only when it is open. */
function Lazy({ summary, open, children, role }: { summary: preact.ComponentChildren; open: boolean; children: () => preact.ComponentChildren; role: string }) {
  const [isOpen, setOpen] = useState(open);
  return (
    <details open={isOpen} data-group={role} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {isOpen && children()}
    </details>
  );
}

function ArticleList({ clippings, selected, onSelect }: { clippings: Clipping[]; selected?: string; onSelect: (id: string) => void }) {
  return (
    <ul class="toc-articles">
      {clippings.map((c) => (
        <li key={c.id}>
          <a
            href={`#clip=${encodeURIComponent(c.id)}`}
            data-clip={c.id}
            aria-current={c.id === selected ? 'true' : undefined}
            onClick={(e) => {
              e.preventDefault();
              onSelect(c.id);
            }}
          >
            <LangText text={c.title || c.url} lang={c.language} />
          </a>
        </li>
      ))}
    </ul>
  );
}

function PaperContents({ papers, expanded, selected, onSelect }: { papers: (PaperGroup<Clipping> | PreviewPaper<Clipping>)[]; expanded: boolean; selected?: string; onSelect: (id: string) => void }) {
  const holds = (ids: Clipping[]) => !!selected && ids.some((c) => c.id === selected);
  return (
    <>
      {papers.map((paper, pi) => (
        <Lazy key={paper.paper} role="paper" open={expanded || pi === 0 || paper.dates.some((d) => d.pages.some((p) => holds(p.clippings)))} summary={<><span class="toc-paper">{paper.paper || t('bookNoPaper')}</span>{paper.count !== undefined && <> <span class="count">{paper.count}</span></>}</>}>
          {() =>
            paper.dates.map((date, di) => (
              <Lazy key={date.date} role="date" open={expanded || (pi === 0 && di === 0) || date.pages.some((p) => holds(p.clippings))} summary={<span class="toc-date" data-date={date.date}>{date.date || t('bookNoDate')}</span>}>
                {() =>
                  date.pages.map((page) => {
                    const chinese = page.clippings.some((c) => isChineseText(c.publication ?? c.title));
                    return (
                      <div class="toc-page" key={page.page} data-page={page.page}>
                        <p class="toc-page-label">{pageLabel(page.page, chinese) || t('bookNoPage')}</p>
                        <ArticleList clippings={page.clippings} selected={selected} onSelect={onSelect} />
                      </div>
                    );
                  })
                }
              </Lazy>
            ))
          }
        </Lazy>
      ))}
    </>
  );
}

function NamedContents({ groups, expanded, selected, onSelect, role }: { groups: NamedGroup<Clipping>[]; expanded: boolean; selected?: string; onSelect: (id: string) => void; role: string }) {
  return (
    <>
      {groups.map((g, i) => (
        <Lazy key={g.key} role={role} open={expanded || i === 0 || (!!selected && g.clippings.some((c) => c.id === selected))} summary={<><span>{role === 'tag' ? `#${g.key}` : g.key}</span> <span class="count">{g.clippings.length}</span></>}>
          {() => <ArticleList clippings={g.clippings} selected={selected} onSelect={onSelect} />}
        </Lazy>
      ))}
    </>
  );
}

export function ContentsTree({ clippings, papers, view, selected, expanded, onSelect }: Props) {
  if (papers && view === 'paper') return <PaperContents papers={papers} expanded={expanded} selected={selected} onSelect={onSelect} />;
  if (clippings.length === 0) return null;
  // The key makes a new filter or view start with its own open/closed state.
  if (view === 'tag') {
    const groups = contentsByTag(clippings);
    return groups.length ? <NamedContents groups={groups} expanded={expanded} selected={selected} onSelect={onSelect} role="tag" /> : <p class="muted">{t('bookNoTags')}</p>;
  }
  if (view === 'month') return <NamedContents groups={contentsByMonth(clippings)} expanded={expanded} selected={selected} onSelect={onSelect} role="month" />;
  return <PaperContents papers={contentsByPaper(clippings)} expanded={expanded} selected={selected} onSelect={onSelect} />;
}
