/** Turns valibot issues into sentences that name the record and the field ("highlights[3].color: …"). */
import type { BaseIssue } from 'valibot';

/** How many problems one message lists before "and N more". */
const MAX_LISTED = 5;

/** "highlights[3].selectors[0].start" from an issue path. */
export function issuePath(issue: BaseIssue<unknown>, root: string): string {
  let path = root;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return path;
}

/** One message for a failed validation, listing the first few problems. */
export function describeIssues(issues: readonly BaseIssue<unknown>[], root: string): string {
  const listed = issues.slice(0, MAX_LISTED).map((issue) => `${issuePath(issue, root)}: ${issue.message}`);
  const more = issues.length > MAX_LISTED ? `; and ${issues.length - MAX_LISTED} more` : '';
  return `${listed.join('; ')}${more}`;
}
