import { useEffect, useState } from 'react';

/** An element of the editor (found by selector once mounted) to portal an overlay into. */
export function usePortalTarget(selector: string): HTMLElement | null {
  const [el, setEl] = useState<HTMLElement | null>(null);
  useEffect(() => {
    setEl(document.querySelector<HTMLElement>(selector));
  }, [selector]);
  return el;
}
