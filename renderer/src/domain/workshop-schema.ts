/**
 * Workshop state stored with a journey: who votes, how many dots each has,
 * the dots placed, note clusters, the parking lot and the session log start.
 */
import { z } from 'zod';
import { idSchema } from './ids';

const text = z.string().max(1_000);
/**
 * The last millisecond of the year 9999, the latest time any row may carry: a later one is no date a journey
 * has, and past 8.64e15 no JavaScript Date holds it, so showing it would throw.
 */
export const MAX_TIMESTAMP = 253_402_300_799_999;
/** A time in milliseconds since 1970 (UTC), as every row stores it. */
export const timestampSchema = z
  .number()
  .int()
  .nonnegative()
  .max(MAX_TIMESTAMP, 'Expected a time no later than the year 9999');
const timestamp = timestampSchema;

export const VoterSchema = z.object({
  id: idSchema('voter'),
  name: text.min(1),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type Voter = z.infer<typeof VoterSchema>;

/** What a dot can be placed on. */
export const VOTE_TARGET_KINDS = ['touchpoint', 'pain', 'opportunity'] as const;

export const VoteSchema = z.object({
  id: idSchema('vote'),
  voterId: idSchema('voter'),
  targetKind: z.enum(VOTE_TARGET_KINDS),
  /** A touchpoint, pain point or opportunity id. */
  targetId: z.string().min(1).max(200),
  castAt: timestamp,
});
export type Vote = z.infer<typeof VoteSchema>;

export const ClusterSchema = z.object({
  id: idSchema('cluster'),
  title: text,
});
export type Cluster = z.infer<typeof ClusterSchema>;

export const ParkingItemSchema = z.object({
  id: idSchema('parking'),
  text: z.string().max(10_000),
  createdAt: timestamp,
});
export type ParkingItem = z.infer<typeof ParkingItemSchema>;

export const WorkshopSchema = z.object({
  voters: z.array(VoterSchema).max(100).default([]),
  dotsPerVoter: z.number().int().min(1).max(50).default(5),
  /** `open`: dots show as placed; `hidden`: the tally stays hidden until revealed. */
  voteMode: z.enum(['open', 'hidden']).default('open'),
  revealed: z.boolean().default(true),
  /** What the current vote is on. */
  voteTarget: z.enum(VOTE_TARGET_KINDS).default('pain'),
  votes: z.array(VoteSchema).max(5_000).default([]),
  clusters: z.array(ClusterSchema).max(500).default([]),
  parkingLot: z.array(ParkingItemSchema).max(1_000).default([]),
  /** When the current session started (for the session summary); null when none was started. */
  sessionStartedAt: timestamp.nullable().default(null),
});
export type Workshop = z.infer<typeof WorkshopSchema>;
