/**
 * Short page-furniture lines that sit inside article containers on Chinese portals and blogs
 * and are not article text: pagination, source attributions, "comment / print / close" tool
 * rows, read counters, trackback lines, lone "广告" labels.
 */

const PATTERNS = [
  /第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页/u,
  /^[<《«\s]*上一页|下一页[>》»\s]*$/u,
  /^(?:文章|信息|稿件|新闻)?来源\s*[:：]/u,
  /^[【\[]?\s*(?:发表评论|我要评论|打印本文|打印|关闭窗口|关闭|返回顶部|返回首页|收藏本文|推荐给朋友|发送给朋友)\s*[】\]]?(?:\s*[|｜【】\[\]]\s*(?:发表评论|我要评论|打印本文|打印|关闭窗口|关闭|返回顶部|返回首页|收藏本文|推荐给朋友|发送给朋友)\s*[】\]]?)*$/u,
  /已被阅读\s*\d+\s*次|阅读\s*[:：(（]?\s*\d+\s*[)）]?\s*次?$|点击数\s*[:：]\s*\d+/u,
  /trackback/iu,
  /^(?:广告|Advertisement|ADVERTISEMENT|Sponsored)$/u,
];

// Longer lines are prose even when they mention 来源 or 阅读; furniture is short.
const MAX_CHARS = 50;

/** True for a short line that is page furniture rather than article text. */
export function isBoilerplateLine(text: string): boolean {
  const line = text.trim();
  if (!line || line.length > MAX_CHARS) return false;
  return PATTERNS.some((p) => p.test(line));
}
