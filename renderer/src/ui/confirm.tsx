import { create } from 'zustand';
import { useTranslation } from '../i18n';
import { ModalDialog } from './Dialog';

export interface Choice<T extends string> {
  id: T;
  label: string;
  tone?: 'primary' | 'danger' | 'default';
}

export interface ChoiceRequest<T extends string> {
  title: string;
  message: string;
  choices: Choice<T>[];
  cancelLabel?: string;
  /** Sentences listed under the message (what opening a file repaired or left out). */
  details?: readonly string[];
}

interface Pending {
  request: ChoiceRequest<string>;
  resolve: (choice: string | null) => void;
}

const useDialogState = create<{ pending: Pending | null }>(() => ({ pending: null }));

/** Ask the user to pick one of a few actions; resolves null on cancel or Escape. */
export function chooseAction<T extends string>(request: ChoiceRequest<T>): Promise<T | null> {
  return new Promise((resolve) => {
    useDialogState.getState().pending?.resolve(null);
    useDialogState.setState({
      pending: { request, resolve: (c) => resolve(c as T | null) },
    });
  });
}

/** Ask the user to confirm; resolves true on confirm, false on cancel or Escape. */
export async function confirmAction(request: {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
}): Promise<boolean> {
  const choice = await chooseAction({
    title: request.title,
    message: request.message,
    choices: [{ id: 'confirm', label: request.confirmLabel, tone: request.danger ? 'danger' : 'primary' }],
  });
  return choice === 'confirm';
}

const toneClass = { primary: 'btn-primary', danger: 'btn-danger', default: '' } as const;

export function ConfirmHost() {
  const pending = useDialogState((s) => s.pending);
  const { t } = useTranslation();

  const finish = (choice: string | null) => {
    pending?.resolve(choice);
    useDialogState.setState({ pending: null });
  };

  const request = pending?.request;
  return (
    <ModalDialog
      open={request !== undefined}
      className="confirm-dialog"
      title={request?.title ?? ''}
      description={request?.message ?? ''}
      onClose={() => finish(null)}
      footer={
        request && (
          <>
            <button type="button" className="btn" onClick={() => finish(null)}>
              {request.cancelLabel ?? t('dialogs.cancel')}
            </button>
            {request.choices.map((c, i) => (
              <button
                key={c.id}
                type="button"
                className={`btn ${toneClass[c.tone ?? 'default']}`}
                autoFocus={i === request.choices.length - 1}
                onClick={() => finish(c.id)}
              >
                {c.label}
              </button>
            ))}
          </>
        )
      }
    >
      {request?.details && request.details.length > 0 && (
        <ul className="confirm-details">
          {request.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
