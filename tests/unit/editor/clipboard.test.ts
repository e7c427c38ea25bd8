import { describe, expect, it } from 'vitest';
import { createJourney, createStage } from '../../../renderer/src/domain/factories';
import {
  buildClipboardPayload,
  CLIPBOARD_FORMAT,
  notesFromLines,
  parseClipboardText,
  pastePayload,
} from '../../../renderer/src/session/clipboard';
import { applyChanges, docStateFrom } from '../../../renderer/src/session/doc-state';
import { stageColumns, stageForPosition } from '../../../renderer/src/domain/layout';
import { TOUCHPOINT_WIDTH } from '../../../renderer/src/domain/vocabulary';
import { smallState } from './fixtures';
import { journey } from '../../fixtures/journey-builder';

/** A journey with a single stage of this name, and nothing else. */
function oneStageJourney(title: string, stageName: string) {
  const journey = createJourney({ title });
  return docStateFrom({
    journey,
    stages: [createStage({ journeyId: journey.id, name: stageName, order: 0 })],
    lanes: [],
    touchpoints: [],
    connections: [],
    personas: [],
    notes: [],
  });
}

describe('clipboard payload', () => {
  it('round-trips a selection with the connections between selected touchpoints', () => {
    const s = smallState();
    const [a, b, c] = Object.values(s.touchpoints);
    const payload = buildClipboardPayload(s, [a!.id, b!.id, c!.id])!;
    const parsed = parseClipboardText(JSON.stringify(payload));
    expect(parsed.kind).toBe('waymark');
    if (parsed.kind !== 'waymark') return;
    expect(parsed.payload.touchpoints).toHaveLength(3);
    expect(parsed.payload.connections).toHaveLength(2);
  });

  it('pastes into another journey with fresh ids, joining stages of the same name', () => {
    const s = smallState();
    const ids = Object.keys(s.touchpoints).slice(2, 4);
    const payload = buildClipboardPayload(s, ids)!;
    const other = oneStageJourney('Other', 'Buy');
    const { changes, ids: pasted } = pastePayload(other, parseRoundTrip(payload), { x: 0, y: 0 });
    const next = applyChanges(other, changes, 'forward');
    expect(pasted).toHaveLength(2);
    for (const id of pasted) {
      expect(ids).not.toContain(id);
      expect(next.touchpoints[id]!.journeyId).toBe(other.journey.id);
    }
    const buy = Object.values(next.stages).find((x) => x.name === 'Buy')!;
    expect(pasted.every((id) => next.touchpoints[id]!.stageId === buy.id)).toBe(true);
    expect(Object.values(next.connections)).toHaveLength(1);
    // Buy is this journey's first column: the cards are drawn in it, not where Buy was in the other journey.
    const [column] = stageColumns(Object.values(next.stages));
    for (const id of pasted) {
      const { x, y } = next.touchpoints[id]!.position;
      expect(stageForPosition([column!], { x, y })).toBe(buy.id);
      expect(x).toBeGreaterThanOrEqual(column!.x);
      expect(x + TOUCHPOINT_WIDTH).toBeLessThanOrEqual(column!.x + column!.width);
    }
    // Their heights are kept: the first stays above the second.
    const [first, second] = pasted.map((id) => next.touchpoints[id]!.position.y);
    const [was1, was2] = ids.map((id) => s.touchpoints[id]!.position.y);
    expect(Math.sign(first! - second!)).toBe(Math.sign(was1! - was2!));
  });

  it('puts a card whose stage has no namesake in the stage under it, or in the first stage inside its column', () => {
    const s = smallState();
    const ids = Object.keys(s.touchpoints);
    const payload = buildClipboardPayload(s, ids)!;
    const other = oneStageJourney('Narrow', 'ஒன்று');
    const { changes, ids: pasted } = pastePayload(other, parseRoundTrip(payload), { x: 0, y: 0 });
    const next = applyChanges(other, changes, 'forward');
    const columns = stageColumns(Object.values(next.stages));
    for (const id of pasted) {
      const t = next.touchpoints[id]!;
      const column = columns.find((c) => c.stage.id === t.stageId)!;
      expect(t.position.x).toBeGreaterThanOrEqual(column.x);
      expect(t.position.x + TOUCHPOINT_WIDTH).toBeLessThanOrEqual(column.x + column.width);
    }
  });

  it("gives a pasted card the lane it is drawn in, never another journey's lane id", () => {
    const from = journey('Blueprint A');
    const [repair] = from.stages('Repair');
    from.lane('Customer', 'customer', { height: 200 });
    const backstage = from.lane('Backstage', 'backstage', { height: 200 });
    // Stage headers, then Customer (88–288), then Backstage (288–488).
    const card = from.touchpoint(repair!, {
      title: 'Screen replaced',
      laneId: backstage.id,
      position: { x: 50, y: 320 },
    });
    const source = docStateFrom(from.build());
    const payload = parseRoundTrip(buildClipboardPayload(source, [card.id])!);

    // Into a journey without lanes: no lane.
    const plain = docStateFrom(journey('Plain').build());
    const intoPlain = applyChanges(plain, pastePayload(plain, payload, { x: 0, y: 0 }).changes, 'forward');
    expect(Object.values(intoPlain.touchpoints)[0]!.laneId).toBeNull();

    // Into another blueprint: the lane of its band there, not the lane id it had.
    const to = journey('Blueprint B');
    to.stages('Repair');
    const customer = to.lane('Customer', 'customer', { height: 300 });
    to.lane('Support', 'support', { height: 300 });
    const other = docStateFrom(to.build());
    const intoOther = applyChanges(other, pastePayload(other, payload, { x: 0, y: 0 }).changes, 'forward');
    expect(Object.values(intoOther.touchpoints)[0]!.laneId).toBe(customer.id);

    // Into its own journey, 40 lower: still Backstage, a lane of this journey.
    const again = pastePayload(source, payload, { x: 40, y: 40 });
    const pasted = applyChanges(source, again.changes, 'forward').touchpoints[again.ids[0]!]!;
    expect(pasted.laneId).toBe(backstage.id);
  });

  it('ignores malformed or newer payloads with a message', () => {
    const broken = parseClipboardText(`{"format":"${CLIPBOARD_FORMAT}", "version": 1, "touchpoints": [{"id": 5}]`);
    expect(broken).toMatchObject({ kind: 'invalid' });
    const wrongTypes = parseClipboardText(
      JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, sourceJourneyId: 'x', touchpoints: [{ id: 'nope' }] }),
    );
    expect(wrongTypes).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/damaged/) });
    const newer = parseClipboardText(JSON.stringify({ format: CLIPBOARD_FORMAT, version: 99, sourceJourneyId: 'x' }));
    expect(newer).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/newer Waymark/) });
  });

  it('turns foreign text into one sticky note per line, in any script', () => {
    const parsed = parseClipboardText('  வாடிக்கையாளர் அனுபவம்\r\n\r\nՀաճախորդ\n  ఉపయోగం  \n');
    expect(parsed).toEqual({ kind: 'text', lines: ['வாடிக்கையாளர் அனுபவம்', 'Հաճախորդ', 'ఉపయోగం'] });
    const s = smallState();
    const { changes, ids } = notesFromLines(s, ['a', 'b', 'c', 'd', 'e'], { x: 0, y: 0 });
    const next = applyChanges(s, changes, 'forward');
    expect(ids.map((id) => next.notes[id]!.text)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(next.notes[ids[4]!]!.position).toEqual({ x: 0, y: 140 });
  });
});

function parseRoundTrip(payload: NonNullable<ReturnType<typeof buildClipboardPayload>>) {
  const parsed = parseClipboardText(JSON.stringify(payload));
  if (parsed.kind !== 'waymark') throw new Error('payload did not parse');
  return parsed.payload;
}
