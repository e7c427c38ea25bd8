/**
 * The live-session protocol, shared by the session server (electron/live, in
 * Node) and the app (host and participants, in the browser). It knows no
 * journey model: the server authenticates, enforces roles and limits and
 * relays; the host validates journey rows with the model's own schemas.
 *
 * One session serves one journey, as one Hocuspocus document over one
 * WebSocket endpoint (LIVE_WS_PATH) on the same port as the participant app.
 */
import { z } from 'zod';

/** Who may do what. `host` is the facilitator's app and is never handed out in a link. */
export const LIVE_ROLES = ['viewer', 'contributor', 'editor'] as const;
export type LiveRole = (typeof LIVE_ROLES)[number];
export type ConnectionRole = LiveRole | 'host';

export const ROLE_LABELS: Record<LiveRole, string> = {
  viewer: 'Viewer',
  contributor: 'Contributor',
  editor: 'Editor',
};

/** The WebSocket endpoint, on the same port as the participant app. */
export const LIVE_WS_PATH = '/live';
/** The only document a session serves. */
export const liveDocumentName = (journeyId: string) => `journey/${journeyId}`;

export const MAX_PARTICIPANTS = 100;
/** A session ended less than this long ago can be resumed with the same links. */
export const RESUME_WINDOW_MS = 60 * 60_000;

/** Tokens: 32 random bytes as base64url (256 bits). */
export const tokenSchema = z
  .string()
  .min(40)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/**
 * The hash of a join link: `#/join/<role token>/<journey id>`. The token travels in the
 * fragment, so it never reaches a server log; the journey id names the one document to open.
 */
export const joinHash = (token: string, journeyId: string) => `#/join/${token}/${encodeURIComponent(journeyId)}`;

/** Reads a join link's hash back; null when it is not one. */
export function parseJoinHash(hash: string): { token: string; journeyId: string } | null {
  const m = /^#?\/join\/([^/]+)\/([^/]+)$/.exec(hash);
  if (m === null) return null;
  const token = tokenSchema.safeParse(m[1]);
  let journeyId: string;
  try {
    journeyId = decodeURIComponent(m[2] ?? '');
  } catch {
    return null;
  }
  if (!token.success || journeyId.length === 0 || journeyId.length > 200) return null;
  return { token: token.data, journeyId };
}

/** A participant picks their id once per device (random, not a secret). */
export const participantIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
export const participantNameSchema = z.string().trim().min(1).max(60);

/** What a client sends as its Hocuspocus `token`: JSON of this shape. */
export const LiveCredentialsSchema = z.object({
  token: tokenSchema,
  participantId: participantIdSchema,
  name: participantNameSchema,
});
export type LiveCredentials = z.infer<typeof LiveCredentialsSchema>;

export const LiveStartRequestSchema = z.object({
  journeyId: z.string().min(1).max(200),
  journeyTitle: z.string().max(500),
  requireApproval: z.boolean(),
});
export type LiveStartRequest = z.infer<typeof LiveStartRequestSchema>;

export interface LiveInterface {
  /** The network interface's name, e.g. `en0` or `Wi-Fi`. */
  name: string;
  address: string;
}

/** What the host app is told when a session starts (or resumes). */
export interface LiveSessionInfo {
  journeyId: string;
  documentName: string;
  port: number;
  /** LAN addresses (IPv4, not internal) the session listens on; the first is used for the links. */
  interfaces: LiveInterface[];
  /** Join links per role, for the first interface; the token travels in the URL fragment. */
  joinUrls: Record<LiveRole, string>;
  /** Where the host app connects (loopback). */
  hostWsUrl: string;
  hostToken: string;
  startedAt: number;
  requireApproval: boolean;
  /** True when an ended session of the same journey was resumed with its old links. */
  resumed: boolean;
}

export interface LiveParticipant {
  participantId: string;
  name: string;
  role: LiveRole;
  /** `waiting`: asked to join, waiting for the facilitator's approval. */
  state: 'waiting' | 'in';
  connectedAt: number;
}

const opId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const rowId = z.string().min(1).max(200);

/** What a contributor may do: add a sticky note to a stage, place or take back a dot. */
export const ContributionOpSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('note'),
    opId,
    noteId: rowId,
    stageId: rowId,
    text: z.string().trim().min(1).max(2_000),
  }),
  z.object({
    kind: z.literal('vote'),
    opId,
    voteId: rowId,
    targetKind: z.enum(['touchpoint', 'pain', 'opportunity']),
    targetId: rowId,
  }),
  z.object({ kind: z.literal('unvote'), opId, voteId: rowId }),
]);
export type ContributionOp = z.infer<typeof ContributionOpSchema>;

const from = z.object({ participantId: participantIdSchema, name: participantNameSchema, role: z.enum(LIVE_ROLES) });

/** Stateless messages from a participant to the server. */
export const ParticipantMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('contribute'), op: ContributionOpSchema }),
]);
export type ParticipantMessage = z.infer<typeof ParticipantMessageSchema>;

/** Stateless messages from the host to the server. */
export const HostMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ack'),
    participantId: participantIdSchema,
    opId,
    ok: z.boolean(),
    reason: z.string().max(300).optional(),
  }),
  z.object({ type: z.literal('admit'), participantId: participantIdSchema }),
  z.object({ type: z.literal('deny'), participantId: participantIdSchema }),
  z.object({ type: z.literal('remove'), participantId: participantIdSchema }),
  z.object({ type: z.literal('set-approval'), required: z.boolean() }),
]);
export type HostMessage = z.infer<typeof HostMessageSchema>;

/** Stateless messages from the server to the host. */
export const ToHostMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('contribution'), from, op: ContributionOpSchema }),
  z.object({
    type: z.literal('participants'),
    list: z.array(
      z.object({
        participantId: participantIdSchema,
        name: participantNameSchema,
        role: z.enum(LIVE_ROLES),
        state: z.enum(['waiting', 'in']),
        connectedAt: z.number(),
      }),
    ),
  }),
  z.object({ type: z.literal('refused'), name: z.string().max(60), reason: z.string().max(300) }),
]);
export type ToHostMessage = z.infer<typeof ToHostMessageSchema>;

/** Stateless messages from the server to a participant. */
export const ToParticipantMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ack'), opId, ok: z.boolean(), reason: z.string().max(300).optional() }),
  /** The host is not connected right now: keep the contribution and send it again later. */
  z.object({ type: z.literal('host-away'), opId }),
  z.object({ type: z.literal('welcome'), role: z.enum(LIVE_ROLES), participantId: participantIdSchema }),
]);
export type ToParticipantMessage = z.infer<typeof ToParticipantMessageSchema>;

/** Why a connection was refused or closed, as the server says it (one sentence each). */
export const REFUSALS = {
  badToken: 'This link is not valid (the session may have ended). Ask the facilitator for the current link.',
  full: `This session is full (${MAX_PARTICIPANTS} people).`,
  denied: 'The facilitator did not let you in.',
  removed: 'The facilitator removed you from this session.',
  wrongDocument: 'This session serves one journey only.',
  tooLarge: 'A change was too large to send.',
  tooFast: 'Too many changes at once; slow down and try again.',
  notAllowed: 'Your role does not allow that change.',
} as const;
