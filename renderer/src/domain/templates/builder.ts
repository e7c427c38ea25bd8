/**
 * A small helper for writing templates: stages laid out as columns, and
 * touchpoints stacked inside their stage's column, centred, 140 apart.
 */
import {
  createConnection,
  createJourney,
  createLane,
  createNote,
  createPersona,
  createStage,
  createTouchpoint,
  newOpportunity,
  newPainPoint,
} from '../factories';
import { type TouchpointId } from '../ids';
import { STAGE_HEADER_HEIGHT, stageColumns, type StageColumn } from '../layout';
import { CELL_GAP, laneBands } from '../lanes';
import {
  emptyMetrics,
  type Connection,
  type Journey,
  type JourneyDocument,
  type Metrics,
  type Lane,
  type Note,
  type Opportunity,
  type PainPoint,
  type Persona,
  type Stage,
  type Touchpoint,
} from '../model';
import {
  LANE_DEFAULT_HEIGHT,
  TOUCHPOINT_HEIGHT,
  TOUCHPOINT_WIDTH,
  type LaneKind,
  type ConnectionKind,
  type LoyaltyPillar,
  type LoyaltyQuestion,
  type OpportunityStatus,
} from '../vocabulary';

export const FIRST_TOUCHPOINT_Y = STAGE_HEADER_HEIGHT + 24;
export const TOUCHPOINT_SPACING = 140;

export interface StageSpec {
  name: string;
  customerGoal: string;
  description?: string;
}

export interface OpportunitySpec {
  text: string;
  status?: OpportunityStatus;
  owner?: string;
  loyaltyQuestions?: LoyaltyQuestion[];
  pillars?: LoyaltyPillar[];
}

type TouchpointFields = Partial<
  Omit<Touchpoint, 'id' | 'journeyId' | 'stageId' | 'position' | 'painPoints' | 'opportunities' | 'metrics'>
>;

export interface TouchpointSpec extends TouchpointFields {
  title: string;
  /**
   * Emotion per persona, in the order the personas were added (a shorthand
   * for `personaEmotions`); the touchpoint's own emotion defaults to the first.
   */
  feel?: number[];
  /** The lane (index in the order `lane()` was called) for a blueprint template; the first when absent. */
  lane?: number;
  painPoints?: [text: string, severity: 1 | 2 | 3][];
  opportunities?: OpportunitySpec[];
  metrics?: Partial<Metrics>;
}

export class TemplateBuilder {
  readonly journey: Journey;
  readonly stages: Stage[];
  private readonly columns: StageColumn[];
  private readonly perStage = new Map<string, number>();
  private readonly lanes: Lane[] = [];
  /** Per touchpoint of a blueprint: its lane index and its slot in its stage × lane cell. */
  private readonly cells = new Map<string, { lane: number; slot: number }>();
  private readonly perCell = new Map<string, number>();
  private readonly touchpoints: Touchpoint[] = [];
  private readonly connections: Connection[] = [];
  private readonly personas: Persona[] = [];
  private readonly notes: Note[] = [];

  constructor(journeyFields: Partial<Omit<Journey, 'id'>>, stages: readonly StageSpec[], now: number) {
    this.journey = createJourney(journeyFields, now);
    this.stages = stages.map((s, order) =>
      createStage({
        journeyId: this.journey.id,
        order,
        name: s.name,
        customerGoal: s.customerGoal,
        description: s.description ?? '',
      }),
    );
    this.columns = stageColumns(this.stages);
  }

  persona(fields: Partial<Omit<Persona, 'id' | 'journeyId'>>): Persona {
    const persona = createPersona({ ...fields, journeyId: this.journey.id });
    this.personas.push(persona);
    return persona;
  }

  /** A lane below the ones already made (a blueprint); its colour is its kind's. */
  lane(name: string, kind: LaneKind): Lane {
    const lane = createLane({ journeyId: this.journey.id, name, kind, order: this.lanes.length });
    this.lanes.push(lane);
    return lane;
  }

  /** A touchpoint in the stage at `stageIndex`, placed below the ones already there (in its lane, if lanes were made). */
  touchpoint(stageIndex: number, spec: TouchpointSpec): Touchpoint {
    const column = this.columns[stageIndex];
    if (!column) throw new Error(`Template has no stage ${stageIndex}`);
    const slot = this.perStage.get(column.stage.id) ?? 0;
    this.perStage.set(column.stage.id, slot + 1);
    const { painPoints = [], opportunities = [], metrics = {}, feel, lane: laneIndex, ...fields } = spec;
    const felt = feel
      ? {
          emotion: fields.emotion ?? feel[0] ?? null,
          personaEmotions: Object.fromEntries(this.personas.map((p, i) => [p.id, feel[i] ?? 0])),
        }
      : {};
    if (laneIndex !== undefined && !this.lanes[laneIndex]) throw new Error(`Template has no lane ${laneIndex}`);
    const lane = this.lanes.length ? (laneIndex ?? 0) : null;
    const touchpoint = createTouchpoint({
      ...fields,
      ...felt,
      journeyId: this.journey.id,
      stageId: column.stage.id,
      position: {
        x: column.x + (column.width - TOUCHPOINT_WIDTH) / 2,
        y: FIRST_TOUCHPOINT_Y + slot * TOUCHPOINT_SPACING,
      },
      painPoints: painPoints.map(([text, severity]): PainPoint => newPainPoint(text, severity)),
      opportunities: opportunities.map((o): Opportunity => ({
        ...newOpportunity(o.text),
        status: o.status ?? 'idea',
        owner: o.owner ?? '',
        loyaltyQuestions: o.loyaltyQuestions ?? [],
        pillars: o.pillars ?? [],
      })),
      metrics: { ...emptyMetrics(), ...metrics },
      laneId: lane === null ? null : this.lanes[lane]!.id,
    });
    if (lane !== null) {
      const key = `${column.stage.id}|${lane}`;
      const inCell = this.perCell.get(key) ?? 0;
      this.perCell.set(key, inCell + 1);
      this.cells.set(touchpoint.id, { lane, slot: inCell });
    }
    this.touchpoints.push(touchpoint);
    return touchpoint;
  }

  connect(
    source: Touchpoint,
    target: Touchpoint,
    kind: ConnectionKind = 'main',
    label = '',
    share: number | null = null,
  ): Connection {
    const connection = createConnection({
      journeyId: this.journey.id,
      source: source.id as TouchpointId,
      target: target.id as TouchpointId,
      kind,
      label,
      share,
    });
    this.connections.push(connection);
    return connection;
  }

  /** Main connections along a path of touchpoints. */
  path(...touchpoints: Touchpoint[]): void {
    touchpoints.slice(1).forEach((t, i) => this.connect(touchpoints[i]!, t, 'main'));
  }

  /** A sticky note under the touchpoints of a stage. */
  note(stageIndex: number, text: string, colour: Note['colour'] = 'yellow'): Note {
    const column = this.columns[stageIndex];
    if (!column) throw new Error(`Template has no stage ${stageIndex}`);
    const below = this.perStage.get(column.stage.id) ?? 0;
    const note = createNote({
      journeyId: this.journey.id,
      text,
      colour,
      position: {
        x: column.x + (column.width - TOUCHPOINT_WIDTH) / 2,
        y: FIRST_TOUCHPOINT_Y + below * TOUCHPOINT_SPACING + 24,
      },
    });
    this.notes.push(note);
    return note;
  }

  /** A blueprint's lanes made tall enough for their fullest cell, and its cards stacked in their cells. */
  private layOutLanes(): { lanes: Lane[]; touchpoints: Touchpoint[] } {
    if (this.lanes.length === 0) return { lanes: this.lanes, touchpoints: this.touchpoints };
    const slots = this.lanes.map(() => 0);
    for (const cell of this.cells.values()) slots[cell.lane] = Math.max(slots[cell.lane]!, cell.slot + 1);
    const lanes = this.lanes.map((lane, i) => ({
      ...lane,
      height: Math.max(LANE_DEFAULT_HEIGHT, CELL_GAP * 2 + (slots[i]! - 1) * TOUCHPOINT_SPACING + TOUCHPOINT_HEIGHT),
    }));
    const bands = laneBands(lanes);
    const touchpoints = this.touchpoints.map((t) => {
      const cell = this.cells.get(t.id);
      const band = cell ? bands.find((b) => b.lane.id === lanes[cell.lane]!.id) : undefined;
      if (!cell || !band) return t;
      return { ...t, position: { x: t.position.x, y: band.y + CELL_GAP + cell.slot * TOUCHPOINT_SPACING } };
    });
    return { lanes, touchpoints };
  }

  build(): JourneyDocument {
    const { lanes, touchpoints } = this.layOutLanes();
    // In a blueprint the cards fill their lanes, so notes go under the lowest lane, in their stage's column.
    const bands = laneBands(lanes);
    const last = bands[bands.length - 1];
    const notes = last
      ? this.notes.map((n) => ({ ...n, position: { x: n.position.x, y: last.y + last.height + CELL_GAP } }))
      : this.notes;
    return {
      journey: { ...this.journey, personaIds: this.personas.map((p) => p.id) },
      stages: this.stages,
      lanes,
      touchpoints,
      connections: this.connections,
      personas: this.personas,
      notes,
    };
  }
}
