/**
 * Which view (the canvas or the table) each journey was left in: UI state
 * kept on this device (localStorage), never in the journey. A storage that
 * cannot be read or written only means the journey opens on its canvas.
 */
export const TABLE_VIEW = 'table';

const key = (journeyId: string) => `waymark.view.${journeyId}`;

export function rememberedView(
  journeyId: string,
  storage: Pick<Storage, 'getItem'> | null = safeStorage(),
): string | null {
  try {
    return storage?.getItem(key(journeyId)) === TABLE_VIEW ? TABLE_VIEW : null;
  } catch {
    return null;
  }
}

export function rememberView(
  journeyId: string,
  view: string | null,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null = safeStorage(),
): void {
  try {
    if (view === TABLE_VIEW) storage?.setItem(key(journeyId), TABLE_VIEW);
    else storage?.removeItem(key(journeyId));
  } catch {
    // Only a preference: the journey opens on its canvas next time.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
