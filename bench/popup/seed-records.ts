/**
 * Synthetic but realistic notes for the popup benchmark: 5,000 articles with 20 highlights
 * each, about two thirds Chinese and one third English, with notes, tags and five colours.
 * Deterministic (seeded PRNG), and tokens are made by the real tokenizer so search behaves
 * exactly as on stored data.
 */
import type { ArticleRecord, Highlight } from '../../src/core/model';
import { tokensFor } from '../../src/background/services/highlight-service';
import { Random } from '../anchor/random';

const ZH_WORDS = [
  '普法', '工作', '城市', '运行', '管理', '服务', '平台', '数字', '经济', '乡村', '振兴', '教育', '医疗', '改革', '发展', '生态',
  '环境', '交通', '建设', '法治', '宣传', '基层', '治理', '群众', '企业', '创新', '科技', '文化', '旅游', '农业', '安全', '社区',
  '养老', '就业', '住房', '水利', '能源', '产业', '项目', '投资', '消费', '市场', '监管', '政府', '部门', '政策', '全面', '推进',
];
const EN_WORDS = [
  'climate', 'report', 'city', 'council', 'budget', 'school', 'health', 'market', 'energy', 'housing', 'transport', 'election',
  'court', 'water', 'river', 'farmers', 'workers', 'policy', 'minister', 'museum', 'library', 'police', 'hospital', 'bridge',
  'festival', 'research', 'university', 'shares', 'prices', 'rents', 'trains', 'airport', 'weather', 'storm', 'harvest', 'trade',
];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'orange'];
const TAGS = ['法治', '数据', '引用', 'policy', 'climate', 'todo', '城市', '经济'];
const PAPERS = ['人民日报', '法治日报', '荆州日报', '经济日报', 'The Example Times', 'Daily Planet'];

/** What the benchmark stores. */
export interface SeedData {
  articles: ArticleRecord[];
  highlights: Highlight[];
}

/**
 * The records. `firstPageUrl` is used for article 0 so the popup's "This page" view (opened on
 * that page) lists a full article's highlights.
 */
export function makeSeed(articleCount: number, perArticle: number, firstPageUrl: string): SeedData {
  // The same seeded generator as the anchoring bench, so every run benchmarks the same data.
  const rng = new Random(20260110);
  const random = () => rng.next();
  const pick = <T>(list: readonly T[]): T => rng.pick(list);
  const sentence = (zh: boolean, words: number) =>
    zh ? Array.from({ length: words }, () => pick(ZH_WORDS)).join('') + '。' : Array.from({ length: words }, () => pick(EN_WORDS)).join(' ') + '.';
  const articles: ArticleRecord[] = [];
  const highlights: Highlight[] = [];
  const t0 = Date.UTC(2024, 0, 1);
  for (let a = 0; a < articleCount; a++) {
    const zh = random() < 0.67;
    const url = a === 0 ? firstPageUrl : `https://paper${a % 40}.example.${zh ? 'cn' : 'com'}/html/${a}/content_${a}.htm`;
    const title = sentence(zh, 4).slice(0, -1);
    const createdAt = t0 + a * 3_600_000;
    articles.push({
      id: url, url, title, authors: [{ name: zh ? '王子瑶' : 'Jane Doe', role: 'reporter' }], publication: pick(PAPERS),
      date: new Date(createdAt).toISOString().slice(0, 10), bodyText: '', sentences: [], sources: {}, createdAt, updatedAt: createdAt,
    });
    for (let h = 0; h < perArticle; h++) {
      const exact = sentence(zh, 6 + Math.floor(random() * 10));
      const at = createdAt + h * 60_000;
      const base = {
        id: `bench-${a}-${h}`, pageUrl: url, pageTitle: title, articleId: url, exact,
        selectors: [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector' as const, start: h * 100, end: h * 100 + exact.length }],
        color: pick(COLORS), note: random() < 0.2 ? sentence(zh, 5) : '', tags: random() < 0.3 ? [pick(TAGS)] : [],
        status: 'anchored' as const, createdAt: at, updatedAt: at,
      };
      highlights.push({ ...base, tokens: tokensFor(base) });
    }
  }
  return { articles, highlights };
}
