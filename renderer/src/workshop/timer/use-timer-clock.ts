import { useEffect, useState } from 'react';
import { isRunning, isTimerShown, remaining } from '../timer';
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
    active: isTimerShown(t, timeUp),
  };
}
