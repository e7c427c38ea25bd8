/**
 * A native modal `<dialog>`: opened with showModal() on mount (so focus is
 * trapped and the page behind is inert), closed on unmount. Escape calls
 * onClose, or, while busy, `onEscapeWhileBusy` (e.g. to cancel) if given.
 */
import { useEffect, useRef, type SyntheticEvent } from 'react';

export function useModalDialog(onClose: () => void, busy: boolean, onEscapeWhileBusy?: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault();
    if (!busy) onClose();
    else onEscapeWhileBusy?.();
  };
  return { ref, onCancel };
}
