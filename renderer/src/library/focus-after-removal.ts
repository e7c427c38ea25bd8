import { useEffect, useRef } from 'react';

/**
 * Keeps keyboard focus in a list of journeys whose items leave it (moved to the trash, restored,
 * deleted forever). When the item that last held focus is gone and focus fell to the page body,
 * focus moves to the item now at its place (or the last one) and to its `control` (a selector), so a
 * keyboard user goes on from where they were. Focus that went elsewhere on purpose is left alone.
 * Items carry `data-journey-id`; returns the ref for the list element.
 */
export function useFocusAfterRemoval<T extends HTMLElement>(ids: readonly string[], control: string) {
  const list = useRef<T>(null);
  const lastFocused = useRef<string | null>(null);
  const previousIds = useRef<readonly string[]>(ids);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const onFocusIn = (e: FocusEvent) => {
      const item = (e.target as HTMLElement).closest<HTMLElement>('[data-journey-id]');
      lastFocused.current = item?.dataset.journeyId ?? null;
    };
    element.addEventListener('focusin', onFocusIn);
    return () => element.removeEventListener('focusin', onFocusIn);
  }, []);

  useEffect(() => {
    const before = previousIds.current;
    previousIds.current = ids;
    const gone = lastFocused.current;
    if (gone === null || ids.includes(gone)) return;
    lastFocused.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    // The first item after the removed one that is still here, else the last item.
    const index = before.indexOf(gone);
    const next = before.slice(index + 1).find((id) => ids.includes(id)) ?? ids[ids.length - 1];
    if (next === undefined) return;
    const item = [...(list.current?.children ?? [])].find(
      (child): child is HTMLElement => child instanceof HTMLElement && child.dataset.journeyId === next,
    );
    item?.querySelector<HTMLElement>(control)?.focus();
  });

  return list;
}
