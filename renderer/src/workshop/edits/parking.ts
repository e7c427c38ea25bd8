/** The parking lot: items set aside during the workshop. */
import { newId } from '../../domain/ids';
import { truncateGraphemes } from '../../domain/workshop/text';
import { type DocState, type RowChange } from '../../session/doc-state';
import { quote, refuse, type EditResult } from './result';
import { t } from '../../i18n';
import { patchWorkshop } from './session';
import { notesForLines } from './note-placement';

export function addParkingItem(doc: DocState, text: string, now: number): EditResult {
  const clean = truncateGraphemes(text.normalize('NFC').trim(), 10_000);
  if (!clean) return refuse(t('live.edits.typeItem'));
  const lot = doc.journey.workshop.parkingLot;
  if (lot.length >= 1000) return refuse(t('live.edits.parkingFull'));
  const item = { id: newId('parking'), text: clean, createdAt: now };
  return {
    ok: true,
    label: t('live.edits.parkUndo'),
    changes: patchWorkshop(doc, { parkingLot: [...lot, item] }),
    message: t('live.edits.parked', { text: quote(clean) }),
  };
}

export function updateParkingItem(doc: DocState, id: string, text: string): RowChange[] {
  const parkingLot = doc.journey.workshop.parkingLot.map((p) =>
    p.id === id ? { ...p, text: truncateGraphemes(text.normalize('NFC'), 10_000) } : p,
  );
  return patchWorkshop(doc, { parkingLot });
}

export function removeParkingItem(doc: DocState, id: string): RowChange[] {
  return patchWorkshop(doc, { parkingLot: doc.journey.workshop.parkingLot.filter((p) => p.id !== id) });
}

/** Move a parked item onto the map as a sticky note above the stage. One step. */
export function parkingToNote(doc: DocState, id: string, stageId: string | null, now: number): EditResult {
  const item = doc.journey.workshop.parkingLot.find((p) => p.id === id);
  if (!item) return refuse(t('live.edits.parkedGone'));
  const { changes, ids } = notesForLines(doc, [{ text: item.text, question: false }], stageId, now);
  return {
    ok: true,
    label: t('live.edits.moveUndo'),
    changes: [...changes, ...removeParkingItem(doc, id)],
    select: ids,
    message: t('live.edits.moved', { text: quote(item.text) }),
  };
}
