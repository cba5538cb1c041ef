// Test pages served next to the demo: an article whose server-side version can be switched to
// an edited one, and a single-page app. Used by the highlight e2e tests in both browsers.
import fs from 'node:fs';
import { startDemoServer } from '../../../scripts/demo-server.mjs';

export const EDITABLE = '/edit/content_6.htm';
export const QUOTE_YELLOW = '废弃井在哪里，他和同事就把绿色环保延伸到哪里';
export const QUOTE_GREEN = '整改32台高耗能设备';

const original = fs.readFileSync('demo/html/2022-03/31/content_6.htm', 'utf8').replaceAll('../../../epaper.css', '/epaper.css');

/** A sentence the edited version no longer has: a highlight on it becomes an orphan. */
export const QUOTE_DELETED = '连续安全生产无事故超4200多天';

/**
 * The edited version: a paragraph inserted before the body, text changed in a paragraph
 * outside the quotes, the markup around both quotes re-wrapped (a link, a span, split text),
 * and one paragraph removed, as a site redesign or a correction would.
 */
export function editedArticle() {
  return original
    .replace('<founder-content>', '<founder-content>\n<p>【编者按】本文刊发后，编辑部根据读者来信对个别数字作了更正。</p>')
    .replace('早上8时，江汉油田', '早上7时30分，江汉油田')
    .replace('废弃井在哪里，他和同事', '<a href="#wells">废弃井</a>在哪里，<span class="x">他和同事</span>')
    .replace('整改32台', '<em>整改</em>32<span>台</span>')
    .replace('<p>目前，该厂生产实现“零污染”，连续安全生产无事故超4200多天。</p>', '');
}

export async function startTestServer() {
  const state = { edited: false };
  const spa = fs.readFileSync('tests/e2e/pages/spa.html', 'utf8');
  const { server, origin } = await startDemoServer({
    routes: {
      [EDITABLE]: () => ({ body: state.edited ? editedArticle() : original }),
      '/spa/one': () => ({ body: spa }),
      '/spa/two': () => ({ body: spa }),
    },
  });
  return { server, origin, state };
}
