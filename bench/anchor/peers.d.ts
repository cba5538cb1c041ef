// Minimal types for the untyped peer libraries the bench compares against.
declare module 'dom-anchor-text-position' {
  export function fromRange(root: Node, range: Range): { start: number; end: number };
  export function toRange(root: Node, selector: { start: number; end: number }): Range;
}
declare module 'dom-anchor-text-quote' {
  export function fromRange(root: Node, range: Range): { exact: string; prefix: string; suffix: string };
  export function toRange(root: Node, selector: { exact: string; prefix?: string; suffix?: string }, options?: { hint?: number }): Range | null;
}
