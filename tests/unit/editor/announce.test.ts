/**
 * The words of the editor's live region (editor/announce.ts): a keyboard edit
 * on the canvas, replayed through the same edit functions the editor runs,
 * becomes the sentence a screen reader says, in English and in Tamil.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { announcementText, describeCanvasChange, MAX_SPOKEN } from '../../../renderer/src/editor/announce';
import { i18n } from '../../../renderer/src/i18n';
import { applyChanges, docStateFrom, type DocState, type RowChange } from '../../../renderer/src/session/doc-state';
import {
  addConnection,
  addNote,
  addStage,
  addTouchpoint,
  deleteItems,
  moveItems,
  updateTouchpoint,
} from '../../../renderer/src/session/edits';
import { stageColumns } from '../../../renderer/src/domain';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';

const t = (key: string, options: Record<string, unknown>) => i18n.t(key, options);
const apply = (doc: DocState, changes: RowChange[]) => applyChanges(doc, changes, 'forward');
const say = (before: DocState, after: DocState, editingId: string | null = null) =>
  announcementText(describeCanvasChange(before, after, { editingId }).announcements, t);

function orderJourney() {
  const b = journey('Online order');
  const [browse, buy] = b.stages('Browse', 'Buy');
  const basket = b.touchpoint(browse, { title: 'Adds to basket' });
  const pays = b.touchpoint(buy, { title: 'Pays online' });
  b.connect(basket, pays);
  return { doc: docStateFrom(b.build()), browse, buy, basket, pays };
}

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('canvas announcements', () => {
  it('says a touchpoint added with N once its title is typed, with the connection N made from the selection', () => {
    const { doc, buy, pays } = orderJourney();
    // N: a "New touchpoint" in Buy, connected from the selected card, its title editor open.
    const { changes, touchpoint } = addTouchpoint(doc, buy.id);
    const withCard = apply(doc, changes);
    const added = apply(withCard, addConnection(withCard, pays.id, touchpoint.id, 'main').changes);
    const pending = describeCanvasChange(doc, added, { editingId: touchpoint.id });
    expect(pending.announcements).toEqual([]);
    expect([...pending.awaitingTitle]).toEqual([touchpoint.id]);

    // Enter commits the title: the editor closes, then the rename lands.
    const named = apply(added, updateTouchpoint(added, touchpoint.id, { title: 'Gets the receipt' }));
    const change = describeCanvasChange(added, named, { awaitingTitle: pending.awaitingTitle, editingId: null });
    expect(change.awaitingTitle.size).toBe(0);
    expect(announcementText(change.announcements, t)).toBe(
      'Touchpoint “Gets the receipt” added to Buy. Connected “Pays online” to “Gets the receipt”',
    );
  });

  it('says a titled touchpoint added at once, a connection, a deletion and a move to another stage', () => {
    const { doc, browse, buy, basket, pays } = orderJourney();
    const { changes } = addTouchpoint(doc, browse.id, { title: 'Pays online' });
    expect(say(doc, apply(doc, changes))).toBe('Touchpoint “Pays online” added to Browse');

    const reverse = addConnection(doc, pays.id, basket.id, 'recovery').changes;
    expect(say(doc, apply(doc, reverse))).toBe('Connected “Pays online” to “Adds to basket”');

    // Deleting a card says the card, not the connections that go with it.
    expect(say(doc, apply(doc, deleteItems(doc, [basket.id])))).toBe('Touchpoint “Adds to basket” deleted');
    const connection = Object.keys(doc.connections)[0]!;
    expect(say(doc, apply(doc, deleteItems(doc, [connection])))).toBe(
      'Connection from “Adds to basket” to “Pays online” deleted',
    );

    // Arrow keys nudge the card across the stage boundary into Buy.
    const buyColumn = stageColumns(Object.values(doc.stages)).find((c) => c.stage.id === buy.id)!;
    const moved = moveItems(doc, [{ id: basket.id, position: { x: buyColumn.x + 20, y: basket.position.y } }]);
    expect(say(doc, apply(doc, moved))).toBe('Touchpoint “Adds to basket” moved to stage Buy');
    // A nudge inside the same stage is not worth a sentence.
    const nudged = moveItems(doc, [{ id: basket.id, position: { x: basket.position.x + 10, y: basket.position.y } }]);
    expect(describeCanvasChange(doc, apply(doc, nudged)).announcements).toEqual([]);
  });

  it('counts what is past the first changes, and names untitled cards', () => {
    const { doc, browse } = orderJourney();
    let after = doc;
    for (let i = 0; i < MAX_SPOKEN + 2; i++)
      after = apply(after, addTouchpoint(after, browse.id, { title: '' }).changes);
    const text = say(doc, after);
    expect(text.split('. ')).toHaveLength(MAX_SPOKEN + 1);
    expect(text).toContain('Touchpoint “Untitled touchpoint” added to Browse');
    expect(text.endsWith('and 2 more changes')).toBe(true);
  });

  it('speaks the interface language, with the seed text of the map as it is', async () => {
    const { doc } = orderJourney();
    const { changes, stage } = addStage(doc, { name: seedLine('ta', 0) });
    const withStage = apply(doc, changes);
    const title = seedLine('ta', 1);
    const added = apply(withStage, addTouchpoint(withStage, stage.id, { title }).changes);
    await i18n.changeLanguage('ta');
    const text = say(withStage, added);
    expect(text).toBe(`தொடுப்புள்ளி “${title}” ${seedLine('ta', 0)} கட்டத்தில் சேர்க்கப்பட்டது`);
  });

  it('says a note added without going through the cards and connections the change left as they were', () => {
    const { doc } = orderJourney();
    // Tables no one may enumerate: a note arriving (a live session brings hundreds) must not walk every card.
    const untouchable = <T extends object>(table: T): T =>
      new Proxy(table, {
        ownKeys: () => {
          throw new Error('enumerated a table the change did not touch');
        },
      });
    const before: DocState = {
      ...doc,
      touchpoints: untouchable(doc.touchpoints),
      connections: untouchable(doc.connections),
      stages: untouchable(doc.stages),
    };
    const { changes } = addNote(before, { text: 'Damage rate doubled' });
    const after = apply(before, changes);
    expect(after.touchpoints).toBe(before.touchpoints);
    expect(say(before, after)).toBe('Sticky note added');
  });
});
