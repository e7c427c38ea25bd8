import { describe, expect, it } from 'vitest';
import {
  breadcrumbTrail,
  brokenLinkMessage,
  hierarchyTree,
  journeyIndex,
  linksOfDocument,
  parentsOf,
  resolveLink,
  StageSchema,
  TouchpointSchema,
  type HierarchyNode,
  type JourneyId,
  type JourneyLink,
  type JourneyRef,
} from '../../../renderer/src/domain';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';

const ref = (title: string, deletedAt: number | null = null): JourneyRef => ({
  id: `journey:${title.replace(/\W/g, '') || 'x'}` as JourneyId,
  title,
  deletedAt,
});
const link = (from: JourneyRef, to: JourneyRef | JourneyId, itemName = 'item'): JourneyLink => ({
  from: from.id,
  to: typeof to === 'string' ? to : to.id,
  kind: 'stage',
  itemId: `stage:${itemName}`,
  itemName,
});
/** A tree as nested titles, `↺` marking a journey met again on its own branch. */
const shape = (nodes: HierarchyNode[]): unknown =>
  nodes.map((n) =>
    n.children.length ? { [n.journey.title]: shape(n.children) } : n.journey.title + (n.repeated ? ' ↺' : ''),
  );

describe('links between journeys', () => {
  const lifecycle = ref('Customer lifecycle');
  const onboarding = ref('Onboarding');
  const billing = ref('Billing');

  it('old stages and touchpoints parse with no link', () => {
    const b = journey('Old');
    const s = b.stage('Discover');
    const t = b.touchpoint(s);
    const { linkedJourneyId: _s, ...oldStage } = s;
    const { linkedJourneyId: _t, ...oldTouchpoint } = t;
    expect(StageSchema.parse(oldStage).linkedJourneyId).toBeNull();
    expect(TouchpointSchema.parse(oldTouchpoint).linkedJourneyId).toBeNull();
  });

  it('lists the links a document makes, from stages and touchpoints, never to itself', () => {
    const b = journey('Customer lifecycle');
    const start = b.stage('Start', { linkedJourneyId: onboarding.id });
    b.stage('Self', { linkedJourneyId: b.journeyId });
    const pay = b.touchpoint(start, { title: seedLine('ta'), linkedJourneyId: billing.id });
    expect(linksOfDocument(b.build())).toEqual([
      { from: b.journeyId, to: onboarding.id, kind: 'stage', itemId: start.id, itemName: 'Start' },
      { from: b.journeyId, to: billing.id, kind: 'touchpoint', itemId: pay.id, itemName: pay.title },
    ]);
  });

  it('resolves a link to a journey, one in the trash, or a missing one', () => {
    const trashed = ref('Old plan', 5);
    const index = journeyIndex([lifecycle, trashed]);
    expect(resolveLink(lifecycle.id, index)).toEqual({ status: 'ok', journey: lifecycle });
    const inTrash = resolveLink(trashed.id, index);
    expect(inTrash).toEqual({ status: 'trashed', journey: trashed });
    expect(brokenLinkMessage(inTrash)).toContain('“Old plan” is in the trash');
    const gone = resolveLink('journey:gone' as JourneyId, index);
    expect(gone).toEqual({ status: 'missing', journeyId: 'journey:gone' });
    expect(brokenLinkMessage(gone)).toMatch(/^Linked journey is missing/);
    expect(brokenLinkMessage(resolveLink(lifecycle.id, index))).toBeNull();
  });

  it('a journey’s parents are the live journeys linking to it, each once, by title', () => {
    const trashedParent = ref('Archive', 9);
    const index = journeyIndex([lifecycle, onboarding, billing, trashedParent]);
    const links = [
      link(lifecycle, onboarding, 'Join'),
      link(lifecycle, onboarding, 'Welcome'),
      link(billing, onboarding),
      link(trashedParent, onboarding),
      link(onboarding, onboarding),
    ];
    expect(parentsOf(onboarding.id, links, index).map((j) => j.title)).toEqual(['Billing', 'Customer lifecycle']);
    expect(parentsOf(lifecycle.id, links, index)).toEqual([]);
  });

  it('nests sub-journeys under their parents; a journey with two parents shows under both', () => {
    const standalone = ref('Standalone');
    const tree = hierarchyTree(
      [onboarding, lifecycle, billing, standalone, ref('Trashed', 1)],
      [
        link(lifecycle, onboarding),
        link(lifecycle, billing),
        link(billing, onboarding),
        link(lifecycle, 'journey:gone' as JourneyId),
      ],
    );
    expect(shape(tree)).toEqual([{ 'Customer lifecycle': [{ Billing: ['Onboarding'] }, 'Onboarding'] }, 'Standalone']);
  });

  it('a cycle of links (A → B → A) neither loops the tree nor hides its journeys', () => {
    const a = ref('A');
    const b = ref('B');
    const c = ref('C');
    const tree = hierarchyTree([c, b, a], [link(a, b), link(b, a), link(b, c)]);
    // No root: the first of the cycle starts it, and A met again under B is marked, not expanded.
    expect(shape(tree)).toEqual([{ A: [{ B: ['A ↺', 'C'] }] }]);
    const selfOnly = hierarchyTree([a], [link(a, a)]);
    expect(shape(selfOnly)).toEqual(['A']);
  });

  it('breadcrumbs lead up to the outermost journey and stop at a cycle', () => {
    const index = journeyIndex([lifecycle, onboarding, billing]);
    const chain = [link(lifecycle, billing), link(billing, onboarding)];
    expect(breadcrumbTrail(onboarding.id, chain, index).map((j) => j.title)).toEqual(['Customer lifecycle', 'Billing']);
    const cycle = [link(onboarding, billing), link(billing, onboarding)];
    expect(breadcrumbTrail(onboarding.id, cycle, index).map((j) => j.title)).toEqual(['Billing']);
    expect(breadcrumbTrail(billing.id, cycle, index).map((j) => j.title)).toEqual(['Onboarding']);
  });

  it('breadcrumbs follow the parent the journey was opened from', () => {
    const index = journeyIndex([lifecycle, onboarding, billing]);
    const twoParents = [link(lifecycle, onboarding), link(billing, onboarding)];
    expect(breadcrumbTrail(onboarding.id, twoParents, index).map((j) => j.title)).toEqual(['Billing']);
    const from = (child: JourneyId) => (child === onboarding.id ? lifecycle.id : undefined);
    expect(breadcrumbTrail(onboarding.id, twoParents, index, from).map((j) => j.title)).toEqual(['Customer lifecycle']);
  });
});
