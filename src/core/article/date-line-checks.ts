/**
 * Checks on the text line a date was read from (see field-confidence.ts): what the line says
 * about the date besides the date itself. A posting word names the post's own stamp; a line that
 * is only a date at the end of a text is its signature (an essay's 写于…, a notice's issuing day);
 * a magazine issue (《刊名》2001年4月号) dates a reprint by its month.
 */

// The post's own stamp: "发表于 2005-03-15 | 阅读(12)", "提交日期：…", "posted @ …", "由X张贴 @ …".
// A publication stamp signed "by" a user ("发布时间 2005/03/15 22:36:13 by duscha", BBS and blog
// footers) is the post's own stamp too: news pages do not sign their 发布时间.
const POST_STAMP = /发表于|发表时间|发表日期|发布于|发帖时间|提交日期|提交时间|张贴|\bposted\b|(?:发布|更新)(?:时间|日期)\s*[:：]?\s*[\d/.:年月日\s-]{8,30}\bby\s+[\p{L}\d_]/iu;
// Only a date, with at most a dash, a "written" word and a place around it: "2005年3月16日于墨尔本", "——写于2005.3.16".
const SIGNATURE = /^[\s—–-]*(?:写于|作于|完稿于|于)?\s*(?:(?:19|20)\d{2}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*[日号]?)(?:\s*(?:于|写于|夜|晨|深夜)?\s*[\p{Script=Han}]{0,6})?[\s。.]*$/u;
// A magazine's month issue cited under a reprint: "原载《北方文学》2001年4月号", "——《读书》1998年3月号".
const MONTH_ISSUE = /《[^》]{2,16}》\s*[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月号/u;

/** Checks for a date read from `line`; `atTextEnd` when the line closes the body (its last lines). */
export function dateLineChecks(line: string, atTextEnd: boolean): string[] {
  const checks: string[] = [];
  if (POST_STAMP.test(line)) checks.push('post-stamp');
  if (atTextEnd && SIGNATURE.test(line.trim())) checks.push('signature-date');
  if (MONTH_ISSUE.test(line)) checks.push('issue-label');
  return checks;
}
