/**
 * Workshop view state for this window only (never saved, never undone):
 * the capture bar, presentation, focus dimming, the voting turn and the timer.
 */
import { create } from 'zustand';
import * as timer from './timer';

export type FocusMode = 'off' | 'stage' | 'selection';
export type CaptureMode = 'touchpoint' | 'note';

interface WorkshopUi {
  captureOpen: boolean;
  captureMode: CaptureMode;
  /** Bumped to ask the capture bar to take focus. */
  captureFocusTick: number;
  presenting: boolean;
  /** The stage shown in presentation, by index in stage order. */
  presentIndex: number;
  laser: boolean;
  focus: FocusMode;
  /** The voter whose turn it is; null when no vote is running. */
  votingVoterId: string | null;
  /** The last thing the vote said (shown in the voting banner). */
  voteStatus: string;
  /** In a live session, whether participants may place and take back dots on their screens. */
  participantVoting: boolean;
  timer: timer.TimerState;
  /** Set when the timer ran out, until it is restarted or reset. */
  timeUp: boolean;
  set: (patch: Partial<Omit<WorkshopUi, 'set' | 'reset'>>) => void;
  reset: () => void;
}

const initial = {
  captureOpen: false,
  captureMode: 'touchpoint' as CaptureMode,
  captureFocusTick: 0,
  presenting: false,
  presentIndex: 0,
  laser: true,
  focus: 'off' as FocusMode,
  votingVoterId: null,
  voteStatus: '',
  participantVoting: true,
  timer: timer.idleTimer(),
  timeUp: false,
};

export const useWorkshopUi = create<WorkshopUi>((set) => ({
  ...initial,
  set: (patch) => set(patch),
  reset: () => set({ ...initial, timer: timer.idleTimer() }),
}));

export const workshopUi = () => useWorkshopUi.getState();

export function openCapture() {
  const s = workshopUi();
  s.set({ captureOpen: true, captureFocusTick: s.captureFocusTick + 1 });
}

export function toggleCapture() {
  if (workshopUi().captureOpen) workshopUi().set({ captureOpen: false });
  else openCapture();
}

/** Next or previous stage in presentation (clamped). */
export function stepPresentation(delta: number, stageCount: number) {
  const ui = workshopUi();
  const last = Math.max(0, stageCount - 1);
  ui.set({ presentIndex: Math.max(0, Math.min(last, ui.presentIndex + delta)) });
}

// ---------- timer actions ----------

export const timerActions = {
  startPause(now = Date.now()) {
    const t = workshopUi().timer;
    workshopUi().set(
      timer.isRunning(t) ? { timer: timer.pause(t, now) } : { timer: timer.start(t, now), timeUp: false },
    );
  },
  addMinute(now = Date.now()) {
    workshopUi().set({ timer: timer.addTime(workshopUi().timer, now), timeUp: false });
  },
  reset(durationMs?: number) {
    workshopUi().set({ timer: timer.reset(workshopUi().timer, durationMs), timeUp: false });
  },
  /** Set a new length and start it. */
  startWith(durationMs: number, now = Date.now()) {
    workshopUi().set({ timer: timer.start(timer.reset(workshopUi().timer, durationMs), now), timeUp: false });
  },
};
