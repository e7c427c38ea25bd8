/**
 * Where each journey's canvas was left, one row per journey in the viewports
 * table. View state, not the journey: saving it never touches the journey
 * row, so it is no edit ("last edited" stays) and never reaches a file.
 */
import type { JourneyId } from '../domain/ids';
import { SavedViewportSchema, type Viewport } from '../domain/model';
import { storageCall, type WaymarkDB } from './db';
import { constraint } from './errors';

/** The journey's saved viewport; null when none was saved (or what was saved is not valid): fit the map. */
export function getViewport(db: WaymarkDB, journeyId: JourneyId): Promise<Viewport | null> {
  return storageCall(db, async () => {
    const parsed = SavedViewportSchema.safeParse(await db.viewports.get(journeyId));
    return parsed.success ? parsed.data.viewport : null;
  });
}

/** Remember where the journey's canvas was left (null: fit the map next time). */
export function saveViewport(db: WaymarkDB, journeyId: JourneyId, viewport: Viewport | null): Promise<void> {
  return storageCall(db, async () => {
    const parsed = SavedViewportSchema.safeParse({ journeyId, viewport });
    if (!parsed.success) throw constraint('The canvas position is not a valid position and zoom.');
    await db.viewports.put(parsed.data);
  });
}
