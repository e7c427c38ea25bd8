/**
 * Branded, typed ids. Every record id carries its kind as a prefix
 * (`touchpoint:…`), so an id of the wrong kind neither type-checks nor
 * validates, and ids stay stable across files so maps can be merged.
 */
import { z } from 'zod';

export const RECORD_KINDS = [
  'journey',
  'stage',
  'lane',
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
export type LaneId = Id<'lane'>;
export type TouchpointId = Id<'touchpoint'>;
export type ConnectionId = Id<'connection'>;
export type PersonaId = Id<'persona'>;
export type NoteId = Id<'note'>;
export type BlobId = Id<'blob'>;
export type PainPointId = Id<'pain'>;
export type OpportunityId = Id<'opportunity'>;
export type SnapshotId = Id<'snapshot'>;

/**
 * 128 random bits as 32 hex digits. `crypto.randomUUID` exists only in secure
 * contexts (https, localhost): a phone joining a live session over plain http
 * on the LAN has `crypto.getRandomValues` alone, so the same bits come from it.
 */
export function randomHex(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().replace(/-/g, '');
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // The version and variant bits a UUID v4 would carry, so both paths give ids of one shape.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function randomPart(): string {
  return randomHex();
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
