/**
 * A clipping's note on the whole article edited on two devices before they synced: sync kept
 * both texts (docs/architecture/sync.md, multi-value note). The book shows this device's text
 * and the other one side by side; either choice is written as a version that has seen both, so
 * the conflict ends here now and on the other device after the next sync. Texts are text nodes.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Clipping } from '../src/core/clippings/clipping';
import { callBackground } from '../popup/background-call';
import { errorText } from '../popup/error-text';
import { t } from '../popup/i18n';

interface Props {
  clippingId: string;
  /** The note as this device has it (what the editor holds, unsaved typing included). */
  current: string;
  /** The other devices' versions (usually one). */
  others: string[];
  onResolved: (clipping: Clipping) => void;
  onError: (text: string) => void;
}

function Version({ label, text, children }: { label: string; text: string; children: ComponentChildren }) {
  return (
    <div class="conflict-version">
      <p class="conflict-label">{label}</p>
      {text.trim() ? <blockquote class="conflict-text">{text}</blockquote> : <p class="conflict-text muted">{t('bookNoteConflictEmpty')}</p>}
      {children}
    </div>
  );
}

export function ClippingNoteConflict({ clippingId, current, others, onResolved, onError }: Props) {
  const [busy, setBusy] = useState(false);
  if (!others.length) return null;
  const choose = async (note: string) => {
    setBusy(true);
    try {
      onResolved(await callBackground('ui-bg:resolve-clipping-note-conflict', { id: clippingId, note }));
    } catch (error) {
      onError(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="note-conflict screen-only" role="group" aria-labelledby="note-conflict-title" data-role="clip-note-conflict">
      <p class="conflict-title" id="note-conflict-title">
        {t('bookNoteConflictTitle')}
      </p>
      <p class="conflict-explain">{t('bookNoteConflictExplain')}</p>
      <div class="conflict-versions">
        <Version label={t('bookNoteConflictThis')} text={current}>
          <button type="button" data-action="keep-note" disabled={busy} onClick={() => void choose(current)}>
            {t('popupKeepThisNote')}
          </button>
        </Version>
        {others.map((text, i) => (
          <Version key={i} label={t('bookNoteConflictOther')} text={text}>
            <button type="button" data-action="use-other-note" disabled={busy} onClick={() => void choose(text)}>
              {t('popupUseOtherNote')}
            </button>
          </Version>
        ))}
      </div>
    </div>
  );
}
