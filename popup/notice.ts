/** A short message at the bottom of the popup, optionally with an action (undo). */
export interface Notice {
  text: string;
  /** "error" notices are announced assertively (role=alert). */
  kind: 'info' | 'error';
  action?: { label: string; run: () => void };
}

/** How views report what happened; nothing the reader did may fail silently. */
export type Notify = (notice: Notice) => void;
