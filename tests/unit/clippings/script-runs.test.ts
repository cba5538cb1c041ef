import { describe, expect, it } from 'vitest';
import { scriptRuns } from '../../../src/core/text/script-runs';

describe('scriptRuns', () => {
  it('marks Latin runs and Chinese dates, and gives the text back unchanged', () => {
    const text = '他说 We’d better go, U.S. team，2019年11月18日在COVID-19期间发布。11月 18日';
    const runs = scriptRuns(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.kind === 'latin').map((r) => r.text)).toEqual(['We’d better go, U.S. team', 'COVID-19']);
    expect(runs.filter((r) => r.kind === 'date').map((r) => r.text)).toEqual(['2019年11月18日', '11月 18日']);
  });
  it('leaves text without either as one plain run', () => {
    expect(scriptRuns('纯中文。')).toEqual([{ kind: 'plain', text: '纯中文。' }]);
  });
});
