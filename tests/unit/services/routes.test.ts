import { describe, expect, it } from 'vitest';
import { joinHash } from '../../../electron/common/live';
import { parseRoute, routeHash } from '../../../renderer/src/services/routes';

const TOKEN = 'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cQ';
const JOURNEY = 'journey:abc123';

describe('routes: the join link of a live session', () => {
  it('reads the hash of a join link as the session server writes it', () => {
    expect(parseRoute(joinHash(TOKEN, JOURNEY))).toEqual({ name: 'join', token: TOKEN, journeyId: JOURNEY });
  });

  it('round-trips through routeHash, which writes what joinHash writes', () => {
    const route = { name: 'join', token: TOKEN, journeyId: JOURNEY } as const;
    expect(routeHash(route as never)).toBe(joinHash(TOKEN, JOURNEY));
    expect(parseRoute(routeHash(route as never))).toEqual(route);
  });

  it('sends a malformed token or journey id to the library, never into a session', () => {
    expect(parseRoute(`#/join/short/${JOURNEY}`)).toEqual({ name: 'library' });
    expect(parseRoute(`#/join/${TOKEN}!/${JOURNEY}`)).toEqual({ name: 'library' });
    expect(parseRoute(`#/join/${TOKEN}`)).toEqual({ name: 'library' });
    expect(parseRoute(`#/join/${TOKEN}/stage%3Aabc`)).toEqual({ name: 'library' });
  });
});
