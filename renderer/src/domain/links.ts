/**
 * Links between journeys: a stage or a touchpoint can open a sub-journey
 * (`linkedJourneyId`), e.g. “Onboarding” inside “Customer lifecycle”. This
 * module answers the questions the editor and the library ask about them:
 * where a link leads (a journey, one in the trash, or nothing), who a
 * journey's parents are, the library's tree and the editor's breadcrumbs.
 * Links may form cycles (A opens B, B opens A); nothing here loops on them.
 */
import type { JourneyId } from './ids';
import type { JourneyDocument } from './model';

/** What the link functions need to know of a journey. */
export interface JourneyRef {
  id: JourneyId;
  title: string;
  /** Set when the journey is in the trash. */
  deletedAt: number | null;
}

/** One stage or touchpoint of journey `from` that opens journey `to`. */
export interface JourneyLink {
  from: JourneyId;
  to: JourneyId;
  kind: 'stage' | 'touchpoint';
  /** The stage's or touchpoint's id. */
  itemId: string;
  /** Its name or title, for “Part of …” lines. */
  itemName: string;
}

/** Where a link leads: a journey in the library, one in the trash, or none stored. */
export type LinkTarget =
  | { status: 'ok'; journey: JourneyRef }
  | { status: 'trashed'; journey: JourneyRef }
  | { status: 'missing'; journeyId: JourneyId };

/** The links a document's stages and touchpoints make (self-links left out). */
export function linksOfDocument(doc: JourneyDocument): JourneyLink[] {
  const from = doc.journey.id;
  const links: JourneyLink[] = [];
  for (const s of doc.stages) {
    if (s.linkedJourneyId && s.linkedJourneyId !== from)
      links.push({ from, to: s.linkedJourneyId, kind: 'stage', itemId: s.id, itemName: s.name });
  }
  for (const t of doc.touchpoints) {
    if (t.linkedJourneyId && t.linkedJourneyId !== from)
      links.push({ from, to: t.linkedJourneyId, kind: 'touchpoint', itemId: t.id, itemName: t.title });
  }
  return links;
}

/** Journeys by id, for the look-ups below. */
export function journeyIndex(journeys: readonly JourneyRef[]): Map<JourneyId, JourneyRef> {
  return new Map(journeys.map((j) => [j.id, j]));
}

/** Where a link to `target` leads, given the journeys stored (trashed ones included). */
export function resolveLink(target: JourneyId, journeys: ReadonlyMap<JourneyId, JourneyRef>): LinkTarget {
  const journey = journeys.get(target);
  if (!journey) return { status: 'missing', journeyId: target };
  return journey.deletedAt === null ? { status: 'ok', journey } : { status: 'trashed', journey };
}

/** One sentence for a link that does not lead to a journey in the library. */
export function brokenLinkMessage(target: LinkTarget): string | null {
  if (target.status === 'missing') return 'Linked journey is missing: it was deleted or never came with this file.';
  if (target.status === 'trashed')
    return `Linked journey “${target.journey.title}” is in the trash: restore it, re-point the link or remove it.`;
  return null;
}

const byTitle = (a: JourneyRef, b: JourneyRef) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/**
 * The journeys in the library (not in the trash) that link to `journeyId`,
 * by title; a journey linking to itself is not its own parent.
 */
export function parentsOf(
  journeyId: JourneyId,
  links: readonly JourneyLink[],
  journeys: ReadonlyMap<JourneyId, JourneyRef>,
): JourneyRef[] {
  const ids = new Set(links.filter((l) => l.to === journeyId && l.from !== journeyId).map((l) => l.from));
  return [...ids]
    .map((id) => journeys.get(id))
    .filter((j): j is JourneyRef => j !== undefined && j.deletedAt === null)
    .sort(byTitle);
}

/** A journey in the library's tree, with the sub-journeys it opens. */
export interface HierarchyNode {
  journey: JourneyRef;
  children: HierarchyNode[];
  /** The journey is already an ancestor on this branch (a cycle of links): shown, not expanded again. */
  repeated: boolean;
}

/**
 * The library's hierarchy of the given journeys (those not in the trash;
 * links to others are ignored): journeys no one links to are roots, each
 * with its sub-journeys nested below. A journey with two parents shows under
 * both. Journeys that only link to each other in a cycle get the first of
 * them (by title) as a root, so every journey appears. A journey met again
 * on its own branch is listed once more, marked `repeated`, and not expanded.
 */
export function hierarchyTree(journeys: readonly JourneyRef[], links: readonly JourneyLink[]): HierarchyNode[] {
  const live = journeys.filter((j) => j.deletedAt === null);
  const index = journeyIndex(live);
  const children = new Map<JourneyId, JourneyRef[]>();
  const hasParent = new Set<JourneyId>();
  for (const l of links) {
    if (l.from === l.to || !index.has(l.from) || !index.has(l.to)) continue;
    const list = children.get(l.from) ?? [];
    if (!list.some((j) => j.id === l.to)) list.push(index.get(l.to)!);
    children.set(l.from, list);
    hasParent.add(l.to);
  }
  for (const list of children.values()) list.sort(byTitle);

  const reached = new Set<JourneyId>();
  const grow = (journey: JourneyRef, path: ReadonlySet<JourneyId>): HierarchyNode => {
    if (path.has(journey.id)) return { journey, children: [], repeated: true };
    reached.add(journey.id);
    const onPath = new Set(path).add(journey.id);
    return {
      journey,
      children: (children.get(journey.id) ?? []).map((child) => grow(child, onPath)),
      repeated: false,
    };
  };
  const sorted = [...live].sort(byTitle);
  const roots = sorted.filter((j) => !hasParent.has(j.id)).map((j) => grow(j, new Set()));
  // What is left is only reachable through a cycle: start from its first journey.
  for (const j of sorted) if (!reached.has(j.id)) roots.push(grow(j, new Set()));
  return roots;
}

/**
 * The breadcrumb trail above `journeyId`: its ancestors, outermost first
 * (Customer lifecycle › Onboarding), following at each step the parent the
 * user came from when it is one (`cameFrom`), else the first by title. Stops
 * at a journey with no parent or at one already on the trail (a cycle).
 */
export function breadcrumbTrail(
  journeyId: JourneyId,
  links: readonly JourneyLink[],
  journeys: ReadonlyMap<JourneyId, JourneyRef>,
  cameFrom: (child: JourneyId) => JourneyId | undefined = () => undefined,
): JourneyRef[] {
  const trail: JourneyRef[] = [];
  const seen = new Set<JourneyId>([journeyId]);
  let current = journeyId;
  for (;;) {
    const parents = parentsOf(current, links, journeys);
    const preferred = cameFrom(current);
    const parent = parents.find((p) => p.id === preferred) ?? parents[0];
    if (!parent || seen.has(parent.id)) break;
    seen.add(parent.id);
    trail.unshift(parent);
    current = parent.id;
  }
  return trail;
}
