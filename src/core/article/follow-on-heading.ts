/**
 * Headings that open what follows an article on its page: the comment section, related
 * stories, "recommended" lists ("网友评论", "相关阅读", "猜你喜欢", "Related articles").
 * Below a comment heading the dates and names are readers'; below a related-stories heading
 * they are other stories' — unless more of the article follows (a 推荐阅读 box inside the text),
 * which the dom layer checks. Pure; where the heading sits is the dom layer's job.
 */

const COMMENT_WORDS = [
  '网友评论', '读者评论', '网友跟帖', '跟帖', '发表评论', '我要评论', '我来说两句', '评论列表', '最新评论', '热门评论', '全部评论', '精彩评论',
  // English only in the plural or as a call to reply: a lone "Comment" is a code or form label.
  '\\d*\\s*comments', 'leave a (?:reply|comment)',
];
const RELATED_WORDS = [
  '相关阅读', '相关新闻', '相关文章', '相关报道', '相关链接', '相关专题', '相关资讯', '相关推荐', '延伸阅读', '推荐阅读', '热门文章', '热门推荐',
  '热点推荐', '精彩推荐', '猜你喜欢', '更多精彩', '更多阅读', '你可能感兴趣', '您可能感兴趣', '大家都在看', '相关日志', '最新日志', '随机日志',
  'related (?:articles|stories|posts|news|content|reading)', 'you (?:may|might) also like',
];

// The words alone on the line with at most brackets, a colon and a count.
const heading = (words: string[]): RegExp =>
  new RegExp(`^[\\s【\\[『「<《►▶■●◆·]*(?:${words.join('|')})(?:的文章|的内容|的新闻)?[\\s】\\]』」>》]*[:：]?\\s*(?:[（(]\\s*\\d+\\s*[)）])?\\s*$`, 'iu');
const COMMENTS = heading(COMMENT_WORDS);
const RELATED = heading(RELATED_WORDS);

/** What a short line heads after an article: readers' comments, related stories, or nothing. */
export function followOnKind(text: string): 'comments' | 'related' | undefined {
  const line = text.trim();
  if (!line || line.length > 24) return undefined;
  if (COMMENTS.test(line)) return 'comments';
  return RELATED.test(line) ? 'related' : undefined;
}

/** True for a short line that heads comments or related stories after an article. */
export function isFollowOnHeading(text: string): boolean {
  return followOnKind(text) !== undefined;
}
