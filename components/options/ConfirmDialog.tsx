import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

// A modal confirmation on the native <dialog>: the browser traps focus, makes
// the rest of the page inert and closes it on Escape, so nothing here
// re-implements that.

interface Props {
  open: boolean;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}

export function ConfirmDialog({ open, title, confirmLabel, danger, onConfirm, onCancel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `dialog-${title.replace(/\W+/g, '-').toLowerCase()}`;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} class="confirm" aria-labelledby={titleId} onCancel={onCancel} onClose={() => open && onCancel()}>
      <h2 id={titleId}>{title}</h2>
      <div class="confirm-body">{children}</div>
      <div class="confirm-actions">
        <button type="button" class="button" onClick={onCancel} autofocus>
          Cancel
        </button>
        <button type="button" class={danger ? 'button danger' : 'button primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
