import { create } from 'zustand';
import { X } from 'lucide-react';
import { currentLanguage, i18n, useTranslation } from '../i18n';
import { hostErrorText, type HostErrorLike } from './host-errors';
import { messageText, USER_MESSAGE_KEYS } from '../i18n/messages';
import type { UserMessage } from '../domain/user-message';
import './ui.css';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void };
  /**
   * A toast of a kind takes the place of the one of the same kind still shown, so that
   * deleting one thing after another leaves one "Deleted …" toast (its Undo is the latest).
   */
  kind?: string;
  /** Shown until dismissed (pushed with no timeout): never pushed out by newer toasts. */
  sticky?: boolean;
  /**
   * What the toast (and its action) is about, e.g. a journey's id: once that thing changes
   * in a way the action no longer fits (a trashed journey restored), `retire` takes it away.
   */
  about?: string;
}

/** Toasts shown at once; the oldest that is not sticky goes first. */
const MAX_SHOWN = 4;

interface ToastState {
  toasts: Toast[];
  push: (toast: Omit<Toast, 'id'>, timeoutMs?: number) => number;
  dismiss: (id: number) => void;
  /** Dismisses every toast about one of `abouts`. */
  retire: (abouts: Iterable<string>) => void;
}

let nextId = 1;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  push(toast, timeoutMs = toast.tone === 'error' ? 12_000 : 7_000) {
    const id = nextId++;
    const sticky = timeoutMs <= 0;
    // The same words again (the same damaged file opened twice) replace the toast still saying them,
    // which stays for its full time again, rather than stacking up; a toast with an action keeps its own.
    const repeats = (t: Toast) => !t.action && !toast.action && t.tone === toast.tone && t.message === toast.message;
    const shown = get().toasts.filter((t) => !(toast.kind && t.kind === toast.kind) && !repeats(t));
    // Room for the new one: the oldest toasts that will go by themselves make way; sticky ones stay.
    let over = shown.length + 1 - MAX_SHOWN;
    const kept = shown.filter((t) => t.sticky || over-- <= 0);
    set({ toasts: [...kept, { ...toast, id, ...(sticky ? { sticky } : {}) }] });
    if (timeoutMs > 0) setTimeout(() => get().dismiss(id), timeoutMs);
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
  retire(abouts) {
    const gone = new Set(abouts);
    const toasts = get().toasts;
    if (toasts.some((t) => t.about !== undefined && gone.has(t.about))) {
      set({ toasts: toasts.filter((t) => t.about === undefined || !gone.has(t.about)) });
    }
  },
}));

export const toast = {
  info: (message: string, action?: Toast['action'], kind?: string, about?: string) =>
    useToasts
      .getState()
      .push({ message, tone: 'info', action, ...(kind ? { kind } : {}), ...(about ? { about } : {}) }),
  success: (message: string, action?: Toast['action']) =>
    useToasts.getState().push({ message, tone: 'success', action }),
  error: (message: string, action?: Toast['action']) => useToasts.getState().push({ message, tone: 'error', action }),
};

/** The catalogue key of each storage failure's own sentence (storage/errors.ts STORAGE_ERROR_MESSAGES). */
export const STORAGE_ERROR_KEYS: Readonly<Record<string, string>> = {
  quota: 'errors.storageQuota',
  blocked: 'errors.storageBlocked',
  'version-too-new': 'errors.storageTooNew',
  'not-found': 'errors.storageNotFound',
  constraint: 'errors.storageConstraint',
  replaced: 'errors.storageReplaced',
  unavailable: 'errors.storageUnavailable',
  unknown: 'errors.storageUnknown',
};

/**
 * A storage failure in the interface language: its code's sentence from the catalogue, or, when
 * storage wrote a sentence of its own (a precise reason, in English: integrity checks that should
 * never fail), that sentence in English and the code's sentence in any other language (the reason
 * goes to the console, for whoever diagnoses it).
 */
export function storageErrorText(error: {
  code: string;
  message: string;
  standard?: boolean;
  text?: UserMessage | undefined;
}): string {
  if (error.text && isUserMessage(error.text)) return messageText(error.text);
  const key = STORAGE_ERROR_KEYS[error.code];
  if (key && !error.standard && currentLanguage() !== 'en') {
    console.warn(`Storage: ${error.message}`);
    return i18n.t(key);
  }
  return error.standard && key ? i18n.t(key) : error.message;
}

function isUserMessage(value: unknown): value is UserMessage {
  return typeof value === 'object' && value !== null && 'code' in value && String(value.code) in USER_MESSAGE_KEYS;
}

/** A friendly sentence for any failure, in the interface language; never a stack trace on screen. */
export function errorMessage(error: unknown, fallback: string = i18n.t('dialogs.somethingWentWrong')): string {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string' && error.message) {
    const name = 'name' in error ? String(error.name) : '';
    if (name === 'StorageError' && 'code' in error && typeof error.code === 'string') {
      const standard = 'standard' in error && error.standard === true;
      const text = 'text' in error && isUserMessage(error.text) ? error.text : undefined;
      return storageErrorText({ code: error.code, message: error.message, standard, text });
    }
    // A pure layer's error that carries its sentence as a code (a live host that cannot start, …).
    if ('text' in error && isUserMessage(error.text)) return messageText(error.text);
    if (name === 'HostError' && 'code' in error && typeof error.code === 'string') {
      return hostErrorText(error as HostErrorLike);
    }
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
