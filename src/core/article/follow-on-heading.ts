/**
 * Headings that open what follows an article on its page: the comment section, related
 * stories, "recommended" lists ("网友评论", "相关阅读", "猜你喜欢", "Related articles").
 * Below such a heading the dates and names belong to other stories or to readers, and the
 * lines are not the article's text. Pure; where the heading sits is the dom layer's job.
 */

// The words of such a heading, alone on the line with at most brackets, a colon and a count.
const FOLLOW_ON = new RegExp(
  '^[\\s【\\[『「<《►▶■●◆·]*(?:' +
    [
      '网友评论', '读者评论', '网友跟帖', '跟帖', '发表评论', '我要评论', '我来说两句', '评论列表', '最新评论', '热门评论', '全部评论', '精彩评论',
      '相关阅读', '相关新闻', '相关文章', '相关报道', '相关链接', '相关专题', '相关资讯', '相关推荐', '延伸阅读', '推荐阅读', '热门文章', '热门推荐',
      '热点推荐', '精彩推荐', '猜你喜欢', '更多精彩', '更多阅读', '你可能感兴趣', '您可能感兴趣', '大家都在看', '相关日志', '最新日志', '随机日志',
      'related (?:articles|stories|posts|news|content|reading)', 'comments?', 'leave a (?:reply|comment)', 'you (?:may|might) also like',
    ].join('|') +
    ')(?:的文章|的内容|的新闻)?[\\s】\\]』」>》]*[:：]?\\s*(?:[（(]\\s*\\d+\\s*[)）])?\\s*$',
  'iu',
);

/** True for a short line that heads comments or related stories after an article. */
export function isFollowOnHeading(text: string): boolean {
  const line = text.trim();
  return line.length > 0 && line.length <= 24 && FOLLOW_ON.test(line);
}
