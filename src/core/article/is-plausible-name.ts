/**
 * Rejects "names" that byline heuristics pick up from page furniture: bracketed labels such
 * as （附图）（组图）（转载）（相关链接）, organisations (……网, ……报, 集团) and URLs.
 */

const NOT_NAMES = new Set([
  '附图', '组图', '多图', '图文', '转载', '原创', '相关链接', '相关连接', '相关报道', '相关新闻', '简体中文', '繁体中文', '简体中', '视频',
  '全文', '待续', '未完', '未完待续', '完', '资料图', '图片', '来源', '记者', '编辑', '作者', '通讯员', '本报', '本报讯', '摄影', '转帖',
  '推荐', '专稿', '独家', '快讯', '评论', '声明', '更多', '详细', '点击', '上一页', '下一页', '返回', '打印', '关闭',
]);

const ORGANISATION = /网$|报$|社$|台$|集团|公司|政府|中心|委员会|研究[所院]|大学|学院|频道|www\.|\.com|\.cn|https?:|^[\d\s]+$|Team$|Staff$/iu;

/** True when the string could be a person's name (or pen name) in a byline. */
export function isPlausibleName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 40) return false;
  if (NOT_NAMES.has(trimmed)) return false;
  if (/^[\p{Script=Han}]+$/u.test(trimmed) && (trimmed.length > 6 || /[图报网]$/u.test(trimmed))) return false;
  return !ORGANISATION.test(trimmed);
}
