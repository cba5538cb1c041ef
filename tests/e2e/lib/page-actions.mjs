// Browser-independent steps on a page, written against a tiny driver interface that both
// playwright (Chromium) and puppeteer (Firefox) pages satisfy: evaluate, waitForFunction, mouse.click.
import assert from 'node:assert/strict';

/** Selects the first occurrence of `text` in the page (within one text node) and releases the mouse. */
export async function selectText(page, text) {
  const found = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      // A reader selects what is on screen: bring the passage to the middle of the viewport.
      const top = range.getBoundingClientRect().top;
      window.scrollBy(0, top - innerHeight / 2);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`text not on the page: ${text}`);
}

/** The box of Jianbao's on-page UI host once a panel is showing. */
export function waitForPanel(page, timeout = 10_000) {
  return waitFor(
    () =>
      page.evaluate(() => {
        const host = document.querySelector('jianbao-ui');
        if (!host || host.style.display !== 'block') return null;
        const r = host.getBoundingClientRect();
        return r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      }),
    { timeout, what: 'the Jianbao toolbar' },
  );
}

/** Whether Jianbao's on-page UI is showing a panel. */
export function isPanelOpen(page) {
  return page.evaluate(() => document.querySelector('jianbao-ui')?.style.display === 'block');
}

/**
 * Clicks the n-th colour swatch of the selection toolbar. The toolbar sits in a closed shadow
 * root, so it is clicked by position, as a reader would: panel padding 4 + border 1, swatches
 * 22 px wide with 4 px gaps, vertically centred in a 28 px row.
 */
export async function clickSwatch(page, index = 0) {
  const box = await waitForPanel(page);
  await page.mouse.click(box.x + 5 + index * 26 + 11, box.y + 5 + 14);
}

/** Number of ranges painted with the CSS Custom Highlight API (or wrapper marks) for a colour. */
export function paintedCount(page, color = 'yellow') {
  return page.evaluate(
    (c) => (globalThis.CSS?.highlights?.get(`jianbao-${c}`)?.size ?? 0) + document.querySelectorAll(`jb-mark[data-jb-color="${c}"]`).length,
    color,
  );
}

export function waitForPainted(page, color, count, timeout = 10_000) {
  return waitFor(async () => (await paintedCount(page, color)) === count, { timeout, what: `${count} ${color} highlight(s) painted` });
}

/**
 * The note editor frame (an extension page inside Jianbao's closed shadow root), once its note
 * field has the keyboard. Frames are reached through the driver, as the page itself cannot.
 */
export async function noteFrame(page) {
  return waitFor(
    async () => {
      const frame = page.frames().find((f) => f.url().includes('note-frame'));
      if (!frame) return null;
      const ready = await frame
        .evaluate(() => document.hasFocus() && document.activeElement?.tagName === 'TEXTAREA')
        .catch(() => false);
      return ready ? frame : null;
    },
    { timeout: 15_000, what: 'the note editor frame to have the keyboard' },
  );
}

export async function waitFor(predicate, { timeout = 10_000, interval = 100, what = 'condition' } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Clicks the middle of the first occurrence of `text` (a reader clicking a highlight). */
export async function clickText(page, text) {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const at = walker.currentNode.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(walker.currentNode, at);
      range.setEnd(walker.currentNode, at + Math.min(needle.length, 4));
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  assert.ok(point, `text on page: ${text}`);
  await page.mouse.click(point.x, point.y);
}

export async function pressTimes(page, key, n) {
  for (let i = 0; i < n; i++) await page.keyboard.press(key);
}

/** Opens a highlight's menu by clicking it; focus lands on the first colour. */
export async function openMenu(page, text) {
  await clickText(page, text);
  await waitFor(() => page.evaluate(() => document.querySelector('jianbao-ui')?.style.display === 'block'), { what: 'the highlight menu' });
}

/** Sets a <select> the way the browser does when the reader picks an option. */
export function choose(page, selector, value) {
  return page.evaluate(
    ([s, v]) => {
      const select = document.querySelector(s);
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, value],
  );
}
