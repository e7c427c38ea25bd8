import { useEffect } from 'react';
import { playChime } from '../chime';
import { pause } from '../timer';
import { useWorkshopUi, workshopUi } from '../workshop-ui';

/** Ends the timer on time and plays the soft chime once. Renders nothing. */
export function TimerEngine() {
  const endsAt = useWorkshopUi((s) => s.timer.endsAt);
  useEffect(() => {
    if (endsAt === null) return;
    const id = setTimeout(
      () => {
        const ui = workshopUi();
        if (ui.timer.endsAt !== endsAt) return;
        ui.set({ timer: { ...pause(ui.timer, endsAt), remainingMs: 0 }, timeUp: true });
        playChime();
      },
      Math.max(0, endsAt - Date.now()),
    );
    return () => clearTimeout(id);
  }, [endsAt]);
  return null;
}
