import { useEffect, useRef, useState } from 'react';
import { timerLeft, type Room } from './board';

/** The facilitator's timer counting down on this device, from when each update arrived. */
export function useTimerLeft(timer: Room['timer']): number | null {
  const received = useRef<{ sentAt: number; at: number } | null>(null);
  if (timer && received.current?.sentAt !== timer.sentAt) received.current = { sentAt: timer.sentAt, at: Date.now() };
  const [now, setNow] = useState(() => Date.now());
  const running = timer?.running ?? false;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [running]);
  if (!timer || !received.current) return null;
  return timerLeft(timer, received.current.at, Math.max(now, received.current.at));
}
