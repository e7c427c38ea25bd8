// @vitest-environment happy-dom
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createJourney } from '../../../renderer/src/domain/factories';
import { JourneySchema, type Journey } from '../../../renderer/src/domain/model';
import { filterChoices, matchesFilter, NO_FILTER } from '../../../renderer/src/library/filters';
import { filterAndSort } from '../../../renderer/src/library/sort';
import {
  parseViews,
  readViews,
  VIEWS_META_KEY,
  withoutView,
  withView,
  writeViews,
} from '../../../renderer/src/library/views';
import { getMeta, setMeta, WaymarkDB, type JourneySummary } from '../../../renderer/src/storage';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

function summary(fields: Partial<Journey>, updatedAt: number): JourneySummary {
  return { journey: createJourney({ ...fields, updatedAt }, updatedAt - 1000), stageCount: 1, touchpointCount: 0 };
}

const list = [
  summary({ title: 'Renewal', status: 'final', type: 'current-state', owner: 'Ana', tags: ['retail'] }, 5000),
  summary(
    { title: TAMIL[0], status: 'draft', type: 'future-state', owner: ARMENIAN[0], tags: ['Retail', 'b2b'] },
    7000,
  ),
  summary({ title: TELUGU[0], status: 'in-review', type: 'blueprint', owner: '', tags: [] }, 9000),
  summary({ title: MALAYALAM[0], status: 'final', type: 'blueprint', owner: 'ana ', tags: ['b2b'] }, 3000),
];
const titles = (xs: JourneySummary[]) => xs.map((s) => s.journey.title);

describe('journey metadata', () => {
  it('defaults owner, status and type so older rows and files still read', () => {
    const old = JourneySchema.parse({ id: `journey:${'a'.repeat(32)}`, createdAt: 1, updatedAt: 1 });
    expect([old.owner, old.status, old.type]).toEqual(['', 'draft', 'current-state']);
    expect(JourneySchema.safeParse({ ...old, status: 'approved' }).success).toBe(false);
    expect(JourneySchema.safeParse({ ...old, type: 'poster' }).success).toBe(false);
  });
});

describe('library filters and sorts', () => {
  it('filters by status, type, owner (case and spaces folded) and tag, each alone and together', () => {
    expect(titles(filterAndSort(list, '', 'edited', { ...NO_FILTER, status: 'final' }))).toEqual([
      'Renewal',
      MALAYALAM[0],
    ]);
    expect(titles(filterAndSort(list, '', 'edited', { ...NO_FILTER, type: 'blueprint' }))).toEqual([
      TELUGU[0],
      MALAYALAM[0],
    ]);
    expect(titles(filterAndSort(list, '', 'edited', { ...NO_FILTER, owner: 'ANA' }))).toEqual([
      'Renewal',
      MALAYALAM[0],
    ]);
    expect(titles(filterAndSort(list, '', 'edited', { ...NO_FILTER, tag: 'retail' }))).toEqual([TAMIL[0], 'Renewal']);
    expect(
      titles(filterAndSort(list, '', 'edited', { status: 'final', type: 'blueprint', owner: 'Ana', tag: 'b2b' })),
    ).toEqual([MALAYALAM[0]]);
    expect(filterAndSort(list, '', 'edited', { ...NO_FILTER, status: 'in-review', tag: 'b2b' })).toEqual([]);
    expect(matchesFilter(list[0]!.journey, NO_FILTER)).toBe(true);
  });

  it('searches owner and tags besides title and client', () => {
    expect(titles(filterAndSort(list, ARMENIAN[0].split(' ')[0]!, 'edited'))).toEqual([TAMIL[0]]);
    expect(titles(filterAndSort(list, 'b2b', 'title'))).toHaveLength(2);
  });

  it('sorts by status (draft, in review, final, then last edited) and by owner with unowned journeys last', () => {
    expect(titles(filterAndSort(list, '', 'status'))).toEqual([TAMIL[0], TELUGU[0], 'Renewal', MALAYALAM[0]]);
    const byOwner = titles(filterAndSort(list, '', 'owner'));
    expect(byOwner.slice(0, 2)).toEqual(['Renewal', MALAYALAM[0]]);
    expect(byOwner.at(-1)).toBe(TELUGU[0]);
  });

  it('offers each owner and tag once, in the first spelling met', () => {
    expect(filterChoices(list)).toEqual({ owners: ['Ana', ARMENIAN[0]], tags: ['b2b', 'retail'] });
  });
});

describe('named library views', () => {
  const state = { query: 'renew', sort: 'status' as const, filter: { ...NO_FILTER, status: 'final' as const } };

  it('adds a view, replaces one of the same name in place, ignores a blank name and deletes by id', () => {
    let views = withView([], ' Final maps ', state);
    expect(views).toEqual([{ id: expect.stringMatching(/^view:/), name: 'Final maps', ...state }]);
    views = withView(views, 'Drafts', { ...state, filter: { ...NO_FILTER, status: 'draft' } });
    const replaced = withView(views, 'final MAPS', { ...state, query: '' });
    expect(replaced.map((v) => [v.id, v.name, v.query])).toEqual([
      [views[0]!.id, 'final MAPS', ''],
      [views[1]!.id, 'Drafts', 'renew'],
    ]);
    expect(withView(replaced, '   ', state)).toEqual(replaced);
    expect(withoutView(replaced, views[0]!.id).map((v) => v.name)).toEqual(['Drafts']);
  });

  it('reads stored views entry by entry: damaged entries are dropped, bad fields fall back, unknown versions read as none', () => {
    const good = withView([], TAMIL[1], state)[0]!;
    const raw = {
      version: 1,
      views: [
        good,
        { id: 'view:2', name: '' },
        null,
        { id: 'view:3', name: 'Odd', query: 42, sort: 'colour', filter: { status: 'approved', type: 'blueprint' } },
        { ...good, name: 'duplicate id' },
      ],
    };
    expect(parseViews(raw)).toEqual([
      good,
      { id: 'view:3', name: 'Odd', query: '', sort: 'edited', filter: { ...NO_FILTER, type: 'blueprint' } },
    ]);
    expect(parseViews({ version: 2, views: [good] })).toEqual([]);
    expect(parseViews('nonsense')).toEqual([]);
    expect(parseViews(undefined)).toEqual([]);
  });

  it('keeps views in the database meta table across connections', async () => {
    const name = `views-${crypto.randomUUID()}`;
    const db = new WaymarkDB(name);
    try {
      const views = withView([], ARMENIAN[1], state);
      await writeViews(db, views);
      expect(await getMeta(db, VIEWS_META_KEY)).toEqual({ version: 1, views });
      db.close();
      const again = new WaymarkDB(name);
      expect(await readViews(again)).toEqual(views);
      await setMeta(again, VIEWS_META_KEY, { version: 1, views: [{ broken: true }] });
      expect(await readViews(again)).toEqual([]);
      again.close();
    } finally {
      await Dexie.delete(name);
    }
  });
});
