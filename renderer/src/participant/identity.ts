/**
 * Who this device is in live sessions: a random participant id (not a
 * secret), the name last picked and a presence colour, kept in localStorage.
 * Plain http on a LAN address is not a secure context: no crypto.randomUUID,
 * so ids come from crypto.getRandomValues.
 */
import { participantIdSchema, participantNameSchema } from '../../../electron/common/live';
import { t } from '../i18n';
import { readStored, writeStored } from './stored';

const ID_KEY = 'waymark:live:participant-id';
const NAME_KEY = 'waymark:live:name';

/** Presence colours: distinct on the canvas, readable with white text. */
export const PRESENCE_COLOURS = [
  '#e8590c',
  '#2f9e44',
  '#1971c2',
  '#c2255c',
  '#6741d9',
  '#0c8599',
  '#8a5a00',
  '#5c940d',
];

function randomId(bytes = 16): string {
  const data = new Uint8Array(bytes);
  crypto.getRandomValues(data);
  let s = '';
  for (const b of data) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** This device's participant id, made once and kept. */
export function participantId(storage: Storage | null): string {
  const kept = readStored(storage, ID_KEY);
  if (kept && participantIdSchema.safeParse(kept).success) return kept;
  const id = randomId();
  writeStored(storage, ID_KEY, id);
  return id;
}

export function rememberedName(storage: Storage | null): string {
  const kept = readStored(storage, NAME_KEY);
  return kept && participantNameSchema.safeParse(kept).success ? kept : '';
}

/** The name as the session will show it, or null (with why) when it cannot be used. */
export function checkName(raw: string): { name: string } | { error: string } {
  const parsed = participantNameSchema.safeParse(raw);
  if (parsed.success) return { name: parsed.data };
  return {
    error: raw.trim() === '' ? t('participant.nameMissing') : t('participant.nameTooLong', { count: 60 }),
  };
}

export function rememberName(storage: Storage | null, name: string) {
  writeStored(storage, NAME_KEY, name);
}

export function presenceColour(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return PRESENCE_COLOURS[h % PRESENCE_COLOURS.length]!;
}
