/**
 * The newspaper, agency or portal a Chinese header line names as the text's source: "来源：南方都市报",
 * "文章来源：千龙网", "信息来源： 内蒙古日报", "稿源：新华社", "摘自《读者》", and an organisation in an author
 * slot ("作者：新华网"). Such a name is where the text was published — the publication — and never
 * an author (issue 11: portals and newspapers taken as people). Pure.
 */
import { screenAuthorName } from './is-plausible-name';

// A label and its value, up to the next space, bar, bracket or comma; "人民网－人民日报" (a portal
// reposting a paper) is read whole, its parts weighed below. 摘自/转自 take a 《title》 without a colon.
const SOURCE_FIELD = /(?:^|[\s|｜【\[(（—-])((?:文章|稿件|信息|新闻|本文|消息|图片)?来源|出处|稿源|转自|摘自|作者)\s*(?:[:：]\s*(《?)|(《))([^\s|｜,，;；()（）【】\[\]《》]{2,30}(?:\s*[-－—]\s*[^\s|｜,，;；()（）【】\[\]《》]{2,20})?)/gu;
// Sources that name no publication: a repost note, the net at large, this site, a compilation.
const NO_PUBLICATION = /^(?:转载|转帖|原创|网络|互联网|本站|本网|本报|网友|综合|整理|未知|不详|其他|其它|来源|作者)|转载|文章$|整理$|综合$/u;
// The shapes of a media name: a newspaper, magazine, agency, portal, channel or app.
const MEDIA_END = /(?:日报|晚报|早报|商报|时报|报道|报|刊|杂志|周刊|网|社|台|频道|客户端|新闻|在线|传媒|文摘|之声)$/u;

/** The publication one label's value names, or undefined. */
function publicationOf(label: string, value: string, inTitleMarks: boolean): string | undefined {
  if (/https?:|www\.|\.com|\.cn/iu.test(value)) return undefined;
  const parts = value.replace(/[。.]$/u, '').split(/\s*[-－—]\s*/u).filter(Boolean);
  // "人民网－人民日报": the paper that printed it; "新浪财经-自媒体综合": the portal, not its compilation note.
  const last = parts[parts.length - 1];
  const name = parts.length > 1 && /报$|刊$|杂志$/u.test(last) ? last : parts.length > 1 && NO_PUBLICATION.test(last) ? parts[0] : parts.join('-');
  if (!name || NO_PUBLICATION.test(name)) return undefined;
  const kind = screenAuthorName(name);
  if (kind === 'organisation') return name;
  if (kind === 'not-a-name' || label === '作者') return undefined;
  // After a source label a media-shaped name ("21世纪经济报道") or a title in 《》 ("摘自《读者》") is one.
  return MEDIA_END.test(name) || inTitleMarks ? name : undefined;
}

/** The publication a line names as its source, or undefined (a person, a repost note, no label). */
export function sourceOfLine(text: string): string | undefined {
  if (text.length > 160) return undefined;
  for (const m of text.matchAll(SOURCE_FIELD)) {
    const found = publicationOf(m[1], m[4], !!(m[2] || m[3]));
    if (found) return found;
  }
  return undefined;
}
