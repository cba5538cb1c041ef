import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../src/core/newspaper/segment-page';
import { scoreSegmentation, type ExpectedItem } from '../../../src/core/newspaper/score-segmentation';

// Shared fixtures sit next to the repository (CI clones it beside a copy of shared/).
const fixtures = path.join(process.cwd(), '../shared/fixtures');
const text = readFileSync(path.join(fixtures, 'seed-page.txt'), 'utf8');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'seed-page.expected.json'), 'utf8')).items as ExpectedItem[];
const result = segmentPage(text);
const lineText = (span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('segmentPage on the seed page', () => {
  it('assigns every line to the right item (B-cubed F1 1.0)', () => {
    expect(scoreSegmentation(text, result, expected).bcubedF1).toBe(1);
  });

  it('attaches all seven headlines to their own bodies, also those printed apart', () => {
    const score = scoreSegmentation(text, result, expected);
    expect([score.headlinesAttached, score.headlinesExpected]).toEqual([7, 7]);
  });

  it('names every person with the right role', () => {
    const score = scoreSegmentation(text, result, expected);
    expect([score.peopleFound, score.peopleExpected]).toEqual([16, 16]);
  });

  it('gives each item the kind the expected file gives it', () => {
    expect(result.items.map((item) => item.kind)).toEqual(expected.map((item) => item.kind));
  });

  it('splits the headline into kicker, title and subtitle', () => {
    const official = result.items.find((item) => item.kicker?.includes('施金方'));
    expect(official?.title).toBe('党建业务相融合 打造政务服务新标杆');
    const platform = result.items.find((item) => item.title === '加快城市运行管理“一网统管”');
    expect(platform?.subtitle).toBe('《荆州市城市运行管理服务平台工作方案》出台');
  });

  it('reads the continuation marker and keeps the subhead inside the continued body', () => {
    const continued = result.items.find((item) => item.kind === 'continuation');
    expect(continued?.continuedFrom).toBe('第1版');
    expect(continued?.subheads.map(lineText)).toEqual(['攻坚压裂车技术国内首创']);
  });

  it('returns sentence spans that slice back to whole sentences of the input', () => {
    const photo = result.items[0];
    const sentences = photo.sentences.map((span) => lineText(span).replace(/\s+/g, ''));
    expect(sentences[0]).toBe('3月28日，荆州区弥市镇刘家桥村弥市灌区续建工程施工紧锣密鼓。');
    expect(photo.bodyText.startsWith('3月28日，荆州区弥市镇刘家桥村')).toBe(true);
    expect(photo.bodyText).toContain('该工程治理渠道总长34.42公里');
  });
});
