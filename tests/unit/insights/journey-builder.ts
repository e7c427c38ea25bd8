/** Small hand-built journeys for the insight tests, made with the domain factories. */
import {
  createConnection,
  createJourney,
  createPersona,
  createStage,
  createTouchpoint,
  emptyMetrics,
  newPainPoint,
  type Connection,
  type ConnectionKind,
  type JourneyDocument,
  type Metrics,
  type Persona,
  type Stage,
  type Touchpoint,
} from '../../../renderer/src/domain';

/** Short phrases from the seed articles, used as real text in the four scripts. */
export const SEED = {
  tamil: 'வாடிக்கையாளர் அனுபவ மேலாண்மை',
  armenian: 'Ինչու՞ դու',
  telugu: 'కస్టమర్ లాయల్టీ 3.0',
  malayalam: 'ഡിലൈറ്റഡ് കസ്റ്റമർ',
} as const;

export class JourneyBuilder {
  readonly doc: JourneyDocument;

  constructor(title = 'Test journey') {
    this.doc = {
      journey: createJourney({ title }, 1_700_000_000_000),
      stages: [],
      touchpoints: [],
      connections: [],
      personas: [],
      notes: [],
    };
  }

  stage(name: string, order = this.doc.stages.length): Stage {
    const s = createStage({ journeyId: this.doc.journey.id, name, order });
    this.doc.stages.push(s);
    return s;
  }

  touchpoint(
    stage: Stage,
    fields: Partial<Omit<Touchpoint, 'id' | 'journeyId' | 'stageId' | 'metrics' | 'painPoints'>> & {
      metrics?: Partial<Metrics>;
      pains?: (1 | 2 | 3)[];
      painPoints?: Touchpoint['painPoints'];
    } = {},
  ): Touchpoint {
    const { metrics, pains, painPoints, ...rest } = fields;
    const y = rest.position?.y ?? this.doc.touchpoints.filter((t) => t.stageId === stage.id).length * 120;
    const t = createTouchpoint({
      journeyId: this.doc.journey.id,
      stageId: stage.id,
      position: { x: stage.order * 320, y },
      ...rest,
      metrics: { ...emptyMetrics(), ...metrics },
      painPoints: painPoints ?? (pains ?? []).map((s, i) => newPainPoint(`pain ${i + 1}`, s)),
    });
    this.doc.touchpoints.push(t);
    return t;
  }

  connect(source: Touchpoint, target: Touchpoint, kind: ConnectionKind = 'main'): Connection {
    const c = createConnection({ journeyId: this.doc.journey.id, source: source.id, target: target.id, kind });
    this.doc.connections.push(c);
    return c;
  }

  /** Main connections along the given touchpoints. */
  chain(...touchpoints: Touchpoint[]): void {
    for (let i = 1; i < touchpoints.length; i++) this.connect(touchpoints[i - 1]!, touchpoints[i]!);
  }

  persona(name: string, covered = true): Persona {
    const p = createPersona({ journeyId: this.doc.journey.id, name });
    this.doc.personas.push(p);
    if (covered) this.doc.journey.personaIds.push(p.id);
    return p;
  }
}
