import { create } from 'zustand';
import { X } from 'lucide-react';
import { i18n, useTranslation } from '../i18n';
import './ui.css';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void };
}

interface ToastState {
  toasts: Toast[];
  push: (toast: Omit<Toast, 'id'>, timeoutMs?: number) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  push(toast, timeoutMs = toast.tone === 'error' ? 12_000 : 7_000) {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-3), { ...toast, id }] });
    if (timeoutMs > 0) setTimeout(() => get().dismiss(id), timeoutMs);
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const toast = {
  info: (message: string, action?: Toast['action']) => useToasts.getState().push({ message, tone: 'info', action }),
  success: (message: string, action?: Toast['action']) =>
    useToasts.getState().push({ message, tone: 'success', action }),
  error: (message: string, action?: Toast['action']) => useToasts.getState().push({ message, tone: 'error', action }),
};

/** A friendly sentence for any failure, in the interface language; never a stack trace on screen. */
export function errorMessage(error: unknown, fallback: string = i18n.t('dialogs.somethingWentWrong')): string {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string' && error.message) {
    const name = 'name' in error ? String(error.name) : '';
    if (['StorageError', 'HostError', 'FileError'].includes(name)) return error.message;
  }
  return fallback;
}

export function ToastViewport() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  const { t } = useTranslation();
  return (
    <div className="toast-viewport" role="region" aria-label={t('dialogs.notifications')}>
      {toasts.map((item) => (
        <div key={item.id} className={`toast toast-${item.tone}`} role={item.tone === 'error' ? 'alert' : 'status'}>
          <span className="toast-message">{item.message}</span>
          {item.action && (
            <button
              type="button"
              className="btn btn-ghost toast-action"
              onClick={() => {
                item.action?.run();
                dismiss(item.id);
              }}
            >
              {item.action.label}
            </button>
          )}
          <button
            type="button"
            className="btn btn-ghost icon-btn"
            aria-label={t('dialogs.dismissNotification')}
            title={t('dialogs.dismiss')}
            onClick={() => dismiss(item.id)}
          >
            <X size={16} />
          </button>
        </div>
      ))}
    </div>
  );
}
