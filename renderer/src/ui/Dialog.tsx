/**
 * The one modal dialog shell: a native `<dialog>` opened with showModal()
 * (focus stays inside and the page behind is inert), a header with the title,
 * an optional description and a close button, the caller's content, and an
 * optional footer.
 *
 * Escape and the close button call onClose; the caller decides whether the
 * dialog goes (by passing `open={false}` or unmounting it). While `busy`, the
 * close button is disabled and Escape calls `onEscapeWhileBusy` instead (an
 * export uses it to cancel). When the dialog closes, focus goes back to the
 * element that had it before the dialog opened, if that is still on the page
 * and nothing else took focus meanwhile.
 */
import { X } from 'lucide-react';
import { useId, useLayoutEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from '../i18n';
import './ui.css';

export interface ModalDialogProps {
  /** Whether the dialog is shown; it also closes when unmounted. */
  open: boolean;
  /** The heading, and the dialog's accessible name. */
  title: ReactNode;
  /** A line under the title, and the dialog's accessible description. */
  description?: ReactNode;
  /** Called on Escape and on the close button. */
  onClose: () => void;
  /** Extra classes on the `<dialog>`, e.g. a size variant. */
  className?: string;
  /** The close button's accessible name; the catalogue's "Close" unless the dialog needs a more precise one. */
  closeLabel?: string;
  /** While true: `aria-busy`, the close button is disabled and Escape does not close. */
  busy?: boolean;
  /** Called on Escape while busy (e.g. to cancel the running work). */
  onEscapeWhileBusy?: () => void;
  /** Id of another element that describes the dialog (e.g. a status line), added to the description. */
  describedBy?: string;
  children?: ReactNode;
  /** Actions under the content. */
  footer?: ReactNode;
}

/** Whether a slot has something to show (nothing, false and '' leave it out). */
function filled(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/** Puts focus back where it was before the dialog opened, unless something else has taken it since. */
function restoreFocus(target: HTMLElement | null, dialog: HTMLDialogElement | null) {
  if (!target?.isConnected) return;
  const active = document.activeElement;
  const focusIsLost = !active || active === document.body || (dialog !== null && dialog.contains(active));
  if (focusIsLost) target.focus({ preventScroll: true });
}

export function ModalDialog(props: ModalDialogProps) {
  const { open, busy = false } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const returnFocusTo = useRef<HTMLElement | null>(null);
  // Read by the native `close` event, which arrives after the render that closed the dialog.
  const wantOpen = useRef(open);
  const latest = useRef(props);
  useLayoutEffect(() => {
    wantOpen.current = open;
    latest.current = props;
  });

  // Layout effect: on unmount it runs while the dialog is still in the page, so closing restores focus.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    if (!dialog.open) {
      const active = document.activeElement;
      returnFocusTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
      dialog.showModal();
    }
    return () => {
      if (dialog.open) dialog.close();
      restoreFocus(returnFocusTo.current, dialog);
      returnFocusTo.current = null;
    };
  }, [open]);

  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    // The dialog closes only when the caller says so.
    e.preventDefault();
    if (!busy) props.onClose();
    else props.onEscapeWhileBusy?.();
  };

  // The browser may close a modal dialog without a cancelable `cancel` (e.g. Escape pressed twice
  // with no click in between). Then the caller is told, so its state matches what is on screen.
  const onNativeClose = () => {
    if (!wantOpen.current || ref.current?.open) return;
    const current = latest.current;
    if (current.busy) current.onEscapeWhileBusy?.();
    current.onClose();
  };

  const hasDescription = filled(props.description);
  const describedBy = [hasDescription ? descriptionId : '', props.describedBy ?? ''].filter(Boolean).join(' ');

  return (
    <dialog
      ref={ref}
      className={props.className ? `modal-dialog ${props.className}` : 'modal-dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy || undefined}
      aria-busy={busy || undefined}
      onCancel={onCancel}
      onClose={onNativeClose}
    >
      <header className="modal-dialog-head">
        <div className="modal-dialog-titles">
          <h2 id={titleId} className="modal-dialog-title">
            {props.title}
          </h2>
          {hasDescription && (
            <p id={descriptionId} className="modal-dialog-description">
              {props.description}
            </p>
          )}
        </div>
        <button
          type="button"
          className="btn btn-ghost icon-btn modal-dialog-close"
          aria-label={props.closeLabel ?? t('dialogs.close')}
          title={t('dialogs.closeWithEsc')}
          disabled={busy}
          onClick={props.onClose}
        >
          <X size={16} aria-hidden />
        </button>
      </header>
      {props.children}
      {filled(props.footer) && <footer className="modal-dialog-foot">{props.footer}</footer>}
    </dialog>
  );
}
