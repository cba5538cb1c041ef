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
  it('keeps numbers among Latin words in their run, but not a Chinese date`s year', () => {
    const latin = (text: string) => scriptRuns(text).filter((r) => r.kind === 'latin').map((r) => r.text);
    expect(latin('Timeline: 2023 for the city platform')).toEqual(['Timeline: 2023 for the city platform']);
    expect(latin('新款 iPhone 15 发布，售价 5,999 元')).toEqual(['iPhone 15']);
    expect(latin('Growth 3.5% 以上')).toEqual(['Growth 3.5%']);
    const dated = scriptRuns('Reported 2019年11月18日 by Xinhua');
    expect(dated.map((r) => [r.kind, r.text])).toEqual([['latin', 'Reported'], ['plain', ' '], ['date', '2019年11月18日'], ['plain', ' '], ['latin', 'by Xinhua']]);
    expect(latin('早上8时，江汉油田')).toEqual([]);
  });
  it('leaves text without either as one plain run', () => {
    expect(scriptRuns('纯中文。')).toEqual([{ kind: 'plain', text: '纯中文。' }]);
  });
});
