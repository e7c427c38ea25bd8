/**
 * The "Opening map.journey…" panel: which step a file being read is at, and
 * a Cancel button. The read runs in a worker, so the window keeps drawing
 * and this button answers at once. Once read, the panel stays while the
 * journey is written to the library (one transaction, seconds for thousands
 * of touchpoints), without Cancel: that write is all or nothing.
 */
import { create } from 'zustand';
import type { ReadProgress } from '../files';
import './files-ui.css';
import { useTranslation } from '../i18n';

export interface OpeningFile {
  name: string;
  progress: ReadProgress | null;
  /** Null while the journey is being stored. */
  cancel: (() => void) | null;
}

interface OpenProgressState {
  current: OpeningFile | null;
  start(name: string, cancel: () => void): void;
  update(progress: ReadProgress): void;
  /** The file is read; its journey is being written to the library. */
  storing(name: string): void;
  finish(): void;
}

export const useOpenProgress = create<OpenProgressState>((set, get) => ({
  current: null,
  start: (name, cancel) => set({ current: { name, cancel, progress: null } }),
  storing: (name) => set({ current: { name, cancel: null, progress: null } }),
  update: (progress) => {
    const current = get().current;
    if (current) set({ current: { ...current, progress } });
  },
  finish: () => set({ current: null }),
}));

const STEP_LABELS: Record<ReadProgress['step'], string> = {
  unpacking: 'files.openStepUnpacking',
  checking: 'files.openStepChecking',
  parsing: 'files.openStepParsing',
  validating: 'files.openStepValidating',
  photos: 'files.openStepPhotos',
};

export function OpenProgress() {
  const current = useOpenProgress((s) => s.current);
  const { t } = useTranslation();
  if (!current) return null;
  const percent = Math.round((current.progress?.fraction ?? 0) * 100);
  const storing = current.cancel === null;
  const step = storing
    ? 'files.openStepStoring'
    : current.progress
      ? STEP_LABELS[current.progress.step]
      : 'files.openStepStarting';
  return (
    <div className="open-progress" role="status" aria-label={t('files.openingLabel', { name: current.name })}>
      <div className="open-progress-text">
        <strong>{t('files.opening', { name: current.name })}</strong>
        <span className="muted">{t(step)}</span>
      </div>
      {storing ? (
        // No measure of a single write's progress: an indeterminate bar.
        <progress aria-label={t('files.progress')} />
      ) : (
        <progress max={100} value={percent} aria-label={t('files.progress')}>
          {percent}%
        </progress>
      )}
      {current.cancel && (
        <button type="button" className="btn" onClick={current.cancel}>
          {t('dialogs.cancel')}
        </button>
      )}
    </div>
  );
}
