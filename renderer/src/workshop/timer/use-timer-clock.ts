import { useEffect, useState } from 'react';
import { isRunning, remaining } from '../timer';
import { useWorkshopUi } from '../workshop-ui';

/** The timer's remaining time, re-rendering a few times a second only while it runs. */
export function useTimerClock() {
  const t = useWorkshopUi((s) => s.timer);
  const timeUp = useWorkshopUi((s) => s.timeUp);
  const [now, setNow] = useState(() => Date.now());
  const running = isRunning(t);
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [running]);
  const left = remaining(t, running ? now : 0);
  return {
    timer: t,
    running,
    left,
    timeUp,
    /** Shown on screen: running, paused part-way, or just run out. */
    active: running || timeUp || t.remainingMs !== t.durationMs,
  };
}
