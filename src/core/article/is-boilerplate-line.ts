/**
 * Short page-furniture lines that sit inside article containers on Chinese portals and blogs
 * and are not article text: pagination, source attributions, "comment / print / close" tool
 * rows, read counters, trackback lines, lone "广告" labels, share bars, and the copyright and
 * disclaimer statements portals append (声明：本文仅代表作者观点…, 转载请注明出处).
 */

const PATTERNS = [
  /第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页/u,
  /^[<《«\s]*上一页|下一页[>》»\s]*$/u,
  /^(?:文章|信息|稿件|新闻)?来源\s*[:：]/u,
  /^[【\[]?\s*(?:发表评论|我要评论|打印本文|打印|关闭窗口|关闭|返回顶部|返回首页|收藏本文|推荐给朋友|发送给朋友)\s*[】\]]?(?:\s*[|｜【】\[\]]\s*(?:发表评论|我要评论|打印本文|打印|关闭窗口|关闭|返回顶部|返回首页|收藏本文|推荐给朋友|发送给朋友)\s*[】\]]?)*$/u,
  /已被阅读\s*\d+\s*次|阅读\s*[:：(（]?\s*\d+\s*[)）]?\s*次?$|点击数\s*[:：]\s*\d+/u,
  /trackback/iu,
  /^(?:广告|Advertisement|ADVERTISEMENT|Sponsored)$/u,
  // Share bars: "分享到：微博 微信 QQ空间", "一键分享".
  /^[【\[]?\s*(?:分享到|分享至|分享给|一键分享|转发到)\s*[】\]]?\s*[:：]?/u,
];

// Statements a portal or self-media account appends (they run longer than furniture):
// "声明：本文仅代表作者观点，不代表本站立场", "版权声明：…未经授权不得转载", "转载请注明出处".
const STATEMENTS = [
  /^[【\[（(]?\s*(?:免责声明|版权声明|特别声明|郑重声明|声明)(?:\s*[】\]）)]\s*[:：]?|\s*[:：]).{0,80}(?:本文|本站|本网|本平台|本号|作者|观点|转载|版权|授权|立场|侵权)/u,
  /^[（(]?\s*(?:本文|本篇文章|文章)?(?:为|系).{0,24}原创.{0,40}(?:转载|授权)/u,
  /(?:未经(?:许可|授权|允许)[，,]?\s*(?:不得|严禁|禁止)转载|转载请(?:注明|联系|保留)(?:出处|来源|作者|授权)?)[。.！!）)]*$/u,
];
const MAX_STATEMENT = 140;

// Longer lines are prose even when they mention 来源 or 阅读; furniture is short.
const MAX_CHARS = 50;

/** True for a short line that is page furniture rather than article text. */
export function isBoilerplateLine(text: string): boolean {
  const line = text.trim();
  if (!line || line.length > MAX_STATEMENT) return false;
  if (STATEMENTS.some((p) => p.test(line))) return true;
  return line.length <= MAX_CHARS && PATTERNS.some((p) => p.test(line));
}
