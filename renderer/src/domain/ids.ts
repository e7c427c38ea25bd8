/**
 * Branded, typed ids. Every record id carries its kind as a prefix
 * (`touchpoint:…`), so an id of the wrong kind neither type-checks nor
 * validates, and ids stay stable across files so maps can be merged.
 */
import { z } from 'zod';

export const RECORD_KINDS = [
  'journey',
  'stage',
  'touchpoint',
  'connection',
  'persona',
  'note',
  'blob',
  'pain',
  'opportunity',
  'snapshot',
  'voter',
  'vote',
  'cluster',
  'parking',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type Id<K extends RecordKind> = string & { readonly __idKind: K };

export type JourneyId = Id<'journey'>;
export type StageId = Id<'stage'>;
export type TouchpointId = Id<'touchpoint'>;
export type ConnectionId = Id<'connection'>;
export type PersonaId = Id<'persona'>;
export type NoteId = Id<'note'>;
export type BlobId = Id<'blob'>;
export type PainPointId = Id<'pain'>;
export type OpportunityId = Id<'opportunity'>;
export type SnapshotId = Id<'snapshot'>;

function randomPart(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}

/** A new random id of the given kind, e.g. `touchpoint:3f2a…`. */
export function newId<K extends RecordKind>(kind: K): Id<K> {
  return `${kind}:${randomPart()}` as Id<K>;
}

const ID_BODY = /^[A-Za-z0-9_-]{1,64}$/;

export function isIdOf<K extends RecordKind>(kind: K, value: unknown): value is Id<K> {
  if (typeof value !== 'string') return false;
  const prefix = `${kind}:`;
  return value.startsWith(prefix) && ID_BODY.test(value.slice(prefix.length));
}

/** zod schema for an id of one kind. */
export function idSchema<K extends RecordKind>(kind: K) {
  return z
    .string()
    .refine((v) => isIdOf(kind, v), { message: `Expected a ${kind} id (“${kind}:…”)` })
    .transform((v) => v as Id<K>);
}
