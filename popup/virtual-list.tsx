/**
 * A virtualised list of fixed-height rows: only the rows in view (plus a few either side) are
 * in the DOM, so 100,000 notes cost the same as twenty.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  count: number;
  rowHeightPx: number;
  heightPx: number;
  renderRow: (index: number) => ComponentChildren;
  label: string;
}

/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no blank strip. */
const OVERSCAN_ROWS = 4;

/** The scroll container; each row is absolutely placed at index × rowHeight. */
export function VirtualList({ count, rowHeightPx, heightPx, renderRow, label }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeightPx) - OVERSCAN_ROWS);
  const last = Math.min(count, Math.ceil((scrollTop + heightPx) / rowHeightPx) + OVERSCAN_ROWS);
  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <li key={i} class="vrow" role="listitem" aria-posinset={i + 1} aria-setsize={count} style={{ top: `${i * rowHeightPx}px`, height: `${rowHeightPx}px` }}>
        {renderRow(i)}
      </li>,
    );
  }
  return (
    <div class="vlist" style={{ height: `${heightPx}px` }} onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}>
      <ul role="list" aria-label={label} style={{ height: `${count * rowHeightPx}px` }}>
        {rows}
      </ul>
    </div>
  );
}
