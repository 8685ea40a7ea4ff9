/**
 * A modal question with two answers on the native <dialog>: it traps focus, closes on Escape and gives focus back
 * to the button that opened it. The safe answer (cancel) has the first focus.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './ConfirmDialog.css';

interface Props {
  open: boolean;
  title: string;
  confirmLabel: string;
  /** The safe answer's label; "Annuleren" unless given. */
  cancelLabel?: string;
  busy?: boolean;
  /** The confirming answer is not available yet (e.g. until something in the body was checked). */
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  cancelLabel,
  busy,
  confirmDisabled,
  onConfirm,
  onCancel,
  children,
}: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
      // The safe answer first, also when the body holds something focusable (a checkbox) before it; a field to type
      // in (a personal code) keeps the focus the dialog gave it.
      const active = document.activeElement;
      const typing = active instanceof HTMLInputElement && active.type !== 'checkbox' && active.type !== 'radio';
      if (!(typing && d.contains(active))) cancelRef.current?.focus();
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      <div className="form-actions">
        <button type="button" className="btn" ref={cancelRef} onClick={onCancel} disabled={busy} autoFocus>
          {cancelLabel ?? t('common.cancel')}
        </button>
        <button type="button" className="btn btn--primary" onClick={onConfirm} disabled={busy || confirmDisabled}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
