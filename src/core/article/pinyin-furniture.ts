/**
 * Class and id names that Chinese sites give their comment boxes, related-story lists, rankings
 * and share bars. They are written in pinyin or pinyin initials (`id="pinglun"`, `class="pl_list"`,
 * `xgyd` 相关阅读, `tuijian`, `remen` 热门, `gentie` 跟帖), so the English-word patterns of the block
 * walk (comment, related, sidebar …) never see them, and a reader's stamp or another story's
 * byline in them was read as the article's. Pure: the dom layer decides what a match means.
 */

// Whole pinyin words and common compounds: a name word that starts with one of these is furniture
// (pinglunlist, tuijianwenzhang, remenpaihang). At least five letters each, so no English word
// of the page's own naming starts with one by chance.
const PINYIN_WORDS = [
  'pinglun', 'pinlun', 'gentie', 'liuyan', 'huifu', 'xiangguan', 'tuijian', 'remen', 'redian', 'paihang', 'paixing', 'caini',
  'fenxiang', 'jiathis', 'bdshare', 'daohang', 'mianbao', 'guanggao', 'youqing', 'banquan', 'rebang', 'zuixin', 'gengduo',
];

// Initials, only as a whole name word (`pl`, `pl_list`, `xgyd2`): short, so never as a prefix.
// pl 评论, plun, xgyd/xgxw/xgwz/xglj/xgtj/xgbd 相关阅读/新闻/文章/链接/推荐/报道, tj/rmtj/jrtj 推荐, rmwz 热门文章, rdph 热点排行,
// phb 排行榜, cnxh 猜你喜欢, yqlj 友情链接, mbx 面包屑 (breadcrumb), gg 广告 (ads).
const PINYIN_INITIALS = new Set([
  'pl', 'plun', 'pllist', 'plbox', 'xgyd', 'xgxw', 'xgwz', 'xglj', 'xgtj', 'xgbd', 'xgzt', 'tj', 'rmtj', 'jrtj', 'rdtj', 'rmwz', 'rmph', 'rdph',
  'phb', 'cnxh', 'yqlj', 'mbx', 'gg', 'ggw',
]);

// Utility classes of CSS frameworks (`pl-4` padding-left, `md:pl-8`, `mb-[10px]`): `pl` there is no 评论.
const UTILITY_CLASS = /^(?:[a-z]+:)*-?[a-z]{1,4}-(?:\d|\[|px\b|auto\b)/u;

/**
 * True when a class/id string names a Chinese comment, related-stories, ranking, share or ad box.
 * The string is split into words at non-letters and at camel-case humps (`plList` → pl, list).
 */
export function isPinyinFurnitureName(names: string): boolean {
  if (!names || names.length < 2) return false;
  const classes = names.split(/\s+/u).filter((name) => !UTILITY_CLASS.test(name));
  const words = classes.join(' ').replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase().split(/[^a-z]+/u);
  return words.some((word) => word.length >= 2 && (PINYIN_INITIALS.has(word) || PINYIN_WORDS.some((p) => word.startsWith(p))));
}
