import { describe, expect, it } from 'vitest';
import { applyChanges, docStateFrom } from '../../../renderer/src/session/doc-state';
import {
  connectionRows,
  deleteConnection,
  newConnection,
  readConnectionCell,
  writeConnectionCell,
} from '../../../renderer/src/table/connections';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';

function setup() {
  const b = journey('Connections');
  const [a, c] = b.stages(seedLine('ta', 3), seedLine('hy', 0));
  const one = b.touchpoint(a, { title: seedLine('ml', 0) });
  const two = b.touchpoint(a, { title: seedLine('te', 1) });
  const three = b.touchpoint(c, { title: seedLine('hy', 1) });
  const late = b.connect(two, three, 'failure', { label: seedLine('ta', 5), share: 20 });
  const early = b.connect(one, two);
  return { doc: docStateFrom(b.build()), one, two, three, early, late };
}

describe('connections table', () => {
  it('lists connections in the reading order of their touchpoints', () => {
    const { doc, early, late } = setup();
    expect(connectionRows(doc).map((c) => c.id)).toEqual([early.id, late.id]);
  });

  it('reads and writes each cell: ends, kind, label, share', () => {
    const { doc, late, one } = setup();
    expect(['source', 'target', 'kind', 'label', 'share'].map((k) => readConnectionCell(late, k as never))).toEqual([
      late.source,
      late.target,
      'failure',
      seedLine('ta', 5),
      '20%',
    ]);
    const write = (key: Parameters<typeof writeConnectionCell>[2], text: string) => {
      const result = writeConnectionCell(doc, late.id, key, text);
      if (!result.ok) throw new Error(result.error.key);
      return applyChanges(doc, result.changes, 'forward').connections[late.id]!;
    };
    expect(write('source', one.id).source).toBe(one.id);
    expect(write('kind', 'Recovery').kind).toBe('recovery');
    expect(write('label', ` ${seedLine('hy', 2)}\n`).label).toBe(seedLine('hy', 2));
    expect(write('share', '35,5 %').share).toBe(35.5);
    expect(write('share', '').share).toBeNull();
  });

  it('refuses a connection to itself, a duplicate, an unknown kind or touchpoint, a share above 100', () => {
    const { doc, late, early, two, one } = setup();
    const error = (id: string, key: Parameters<typeof writeConnectionCell>[2], text: string) => {
      const result = writeConnectionCell(doc, id, key, text);
      return result.ok ? null : result.error.key;
    };
    expect(error(late.id, 'source', late.target)).toBe('table.errors.selfConnection');
    expect(error(early.id, 'target', two.id)).toBeNull();
    // one → two (main) exists: making two → three main from one → three would not clash, but one → two again would.
    expect(error(late.id, 'kind', 'main')).toBeNull();
    const movedLate = writeConnectionCell(doc, late.id, 'source', one.id);
    expect(movedLate.ok).toBe(true);
    expect(error(early.id, 'kind', 'teleport')).toBe('table.errors.kind');
    expect(error(early.id, 'target', 'touchpoint:nope')).toBe('table.errors.touchpoint');
    expect(error(early.id, 'share', '120')).toBe('table.errors.share');
    const duplicate = docStateFrom(
      (() => {
        const b = journey('Dup');
        const [s] = b.stages('S');
        const x = b.touchpoint(s, { title: 'x' });
        const y = b.touchpoint(s, { title: 'y' });
        b.connect(x, y);
        b.connect(x, y, 'alternative');
        return b.build();
      })(),
    );
    const alt = Object.values(duplicate.connections).find((c) => c.kind === 'alternative')!;
    expect(writeConnectionCell(duplicate, alt.id, 'kind', 'main')).toEqual({
      ok: false,
      error: { key: 'table.errors.duplicateConnection' },
    });
  });

  it('adds a main connection from the selected touchpoint to the next free one, and deletes it', () => {
    const { doc, one, two, three } = setup();
    const created = newConnection(doc, one.id)!;
    const after = applyChanges(doc, created.changes, 'forward');
    // one → two exists already, so the new one goes to three.
    expect(after.connections[created.id]).toMatchObject({ source: one.id, target: three.id, kind: 'main' });
    expect(newConnection(docStateFrom(journey('Empty').build()), null)).toBeNull();
    const removed = applyChanges(after, deleteConnection(after, created.id), 'forward');
    expect(removed.connections[created.id]).toBeUndefined();
    expect(removed.touchpoints[two.id]).toBeDefined();
  });
});
