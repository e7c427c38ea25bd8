/**
 * The "Opening map.journey…" panel: which step a file being read is at, and
 * a Cancel button. The read runs in a worker, so the window keeps drawing
 * and this button answers at once. Once read, the panel stays while the
 * journey is written to the library (one transaction, seconds for thousands
 * of touchpoints), without Cancel: that write is all or nothing. Several
 * files opened together say which one of how many is being opened, and
 * Cancel stops the files after it too (300 files opened at once could
 * otherwise only be waited out, a second each).
 */
import { create } from 'zustand';
import type { ReadProgress } from '../files';
import './files-ui.css';
import { countText, useTranslation } from '../i18n';

export interface OpeningFile {
  name: string;
  /** Its place among the files opened together (1-based), when there are several. */
  batch: { index: number; total: number } | null;
  progress: ReadProgress | null;
  /** Null while the journey is being stored. */
  cancel: (() => void) | null;
}

interface OpenProgressState {
  current: OpeningFile | null;
  /** Cancel stops this file and the files after it. */
  start(name: string, cancel: () => void, batch?: OpeningFile['batch']): void;
  update(progress: ReadProgress): void;
  /** The file is read; its journey is being written to the library. */
  storing(name: string, batch?: OpeningFile['batch']): void;
  finish(): void;
}

export const useOpenProgress = create<OpenProgressState>((set, get) => ({
  current: null,
  start: (name, cancel, batch = null) => set({ current: { name, cancel, progress: null, batch } }),
  storing: (name, batch = null) => set({ current: { name, cancel: null, progress: null, batch } }),
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
        {current.batch && current.batch.total > 1 && (
          <span className="muted">
            {t('files.openingBatch', {
              index: countText(current.batch.index),
              total: countText(current.batch.total),
            })}
          </span>
        )}
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
