/**
 * A saved version restored is one undo step: the row changes between the map before and after it,
 * which applied backward give the map before, and forward the restored one.
 */
import { describe, expect, it } from 'vitest';
import { applyChanges, docStateFrom, documentChanges } from '../../../renderer/src/session/doc-state';
import { ARMENIAN, TAMIL } from '../../fixtures/seed-text';
import { smallJourney } from '../editor/fixtures';

describe('documentChanges', () => {
  it('lists the rows added, changed and removed, and nothing for rows equal in both', () => {
    const from = smallJourney();
    const to = structuredClone(from);
    to.journey.title = TAMIL[0];
    to.touchpoints[0]!.title = ARMENIAN[1];
    const removed = to.touchpoints.splice(1, 1)[0]!;
    const added = { ...from.touchpoints[2]!, id: `${from.touchpoints[2]!.id}x` as typeof removed.id };
    to.touchpoints.push(added);
    const changes = documentChanges(from, to);
    expect(changes.map((c) => [c.table, c.id, c.before === null, c.after === null])).toEqual([
      ['journeys', from.journey.id, false, false],
      ['touchpoints', from.touchpoints[0]!.id, false, false],
      ['touchpoints', added.id, true, false],
      ['touchpoints', removed.id, false, true],
    ]);
    const forward = applyChanges(docStateFrom(from), changes, 'forward');
    expect(forward).toEqual(docStateFrom(to));
    const backward = applyChanges(forward, changes, 'backward');
    expect(backward).toEqual(docStateFrom(from));
    expect(documentChanges(from, structuredClone(from))).toEqual([]);
  });
});
