/** The notice strip: what just happened ("Highlight deleted · Undo") or what went wrong. */
import type { Notice } from './notice';

/** Shows one notice; an error is announced assertively, anything else politely. */
export function NoticeBar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  if (!notice) return null;
  return (
    <div class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span class="notice-text">{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          data-action="notice-action"
          onClick={() => {
            notice.action?.run();
            onClose();
          }}
        >
          {notice.action.label}
        </button>
      )}
    </div>
  );
}
