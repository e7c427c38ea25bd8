/**
 * The "Opening map.journey…" panel: which step a file being read is at, and
 * a Cancel button. The read runs in a worker, so the window keeps drawing
 * and this button answers at once.
 */
import { create } from 'zustand';
import type { ReadProgress } from '../files';
import './files-ui.css';

export interface OpeningFile {
  name: string;
  progress: ReadProgress | null;
  cancel: () => void;
}

interface OpenProgressState {
  current: OpeningFile | null;
  start(name: string, cancel: () => void): void;
  update(progress: ReadProgress): void;
  finish(): void;
}

export const useOpenProgress = create<OpenProgressState>((set, get) => ({
  current: null,
  start: (name, cancel) => set({ current: { name, cancel, progress: null } }),
  update: (progress) => {
    const current = get().current;
    if (current) set({ current: { ...current, progress } });
  },
  finish: () => set({ current: null }),
}));

const STEP_LABELS: Record<ReadProgress['step'], string> = {
  unpacking: 'Unpacking',
  checking: 'Checking its size and shape',
  parsing: 'Reading the journey',
  validating: 'Checking the journey',
  photos: 'Checking the photos',
};

export function OpenProgress() {
  const current = useOpenProgress((s) => s.current);
  if (!current) return null;
  const percent = Math.round((current.progress?.fraction ?? 0) * 100);
  return (
    <div className="open-progress" role="status" aria-label={`Opening ${current.name}`}>
      <div className="open-progress-text">
        <strong>Opening {current.name}…</strong>
        <span className="muted">{current.progress ? STEP_LABELS[current.progress.step] : 'Starting'}</span>
      </div>
      <progress max={100} value={percent} aria-label="Progress">
        {percent}%
      </progress>
      <button type="button" className="btn" onClick={current.cancel}>
        Cancel
      </button>
    </div>
  );
}
