/** Factories that build complete records with fresh ids and every default filled. */
import { newId, type JourneyId, type StageId } from './ids';
import {
  ConnectionSchema,
  JourneySchema,
  LaneSchema,
  NoteSchema,
  PersonaSchema,
  StageSchema,
  TouchpointSchema,
  type Connection,
  type Journey,
  type Lane,
  type Note,
  type Persona,
  type Stage,
  type Touchpoint,
} from './model';
import { LANE_KIND_COLOURS, STAGE_COLOURS } from './vocabulary';

type Fields<T, Required extends keyof T = never> = Partial<Omit<T, 'id' | Required>> & Pick<T, Required>;

export function createJourney(fields: Fields<Journey> = {}, now = Date.now()): Journey {
  return JourneySchema.parse({ createdAt: now, updatedAt: now, ...fields, id: newId('journey') });
}

export function createStage(fields: Fields<Stage, 'journeyId'>): Stage {
  const colour = fields.colour ?? STAGE_COLOURS[Math.abs(Math.trunc(fields.order ?? 0)) % STAGE_COLOURS.length];
  return StageSchema.parse({ ...fields, colour, id: newId('stage') });
}

/** A lane; its colour is its kind's unless given. */
export function createLane(fields: Fields<Lane, 'journeyId'>): Lane {
  const colour = fields.colour ?? LANE_KIND_COLOURS[fields.kind ?? 'custom'];
  return LaneSchema.parse({ ...fields, colour, id: newId('lane') });
}

export function createTouchpoint(fields: Fields<Touchpoint, 'journeyId' | 'stageId'>): Touchpoint {
  return TouchpointSchema.parse({ createdAt: Date.now(), ...fields, id: newId('touchpoint') });
}

export function createConnection(fields: Fields<Connection, 'journeyId' | 'source' | 'target'>): Connection {
  return ConnectionSchema.parse({ ...fields, id: newId('connection') });
}

export function createPersona(fields: Fields<Persona, 'journeyId'>): Persona {
  return PersonaSchema.parse({ ...fields, id: newId('persona') });
}

export function createNote(fields: Fields<Note, 'journeyId'>): Note {
  return NoteSchema.parse({ createdAt: Date.now(), ...fields, id: newId('note') });
}

export function newPainPoint(text = '', severity: 1 | 2 | 3 = 2) {
  return { id: newId('pain'), text, severity, originId: null, evidence: null };
}

export function newOpportunity(text = '') {
  return {
    id: newId('opportunity'),
    text,
    status: 'idea' as const,
    owner: '',
    loyaltyQuestions: [],
    pillars: [],
    scores: { customerValue: null, businessValue: null, effort: null, confidence: null },
  };
}

export type { JourneyId, StageId };
