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

  it('reads a malformed or cut-short join link as broken: never into a session, nor into a library', () => {
    // A participant's device opening the facilitator's server showed its (empty) journey library instead.
    for (const hash of [
      `#/join/short/${JOURNEY}`,
      `#/join/${TOKEN}!/${JOURNEY}`,
      `#/join/${TOKEN}`,
      `#/join/${TOKEN}/stage%3Aabc`,
      '#/join/xyz',
      '#/join',
    ])
      expect(parseRoute(hash)).toEqual({ name: 'brokenJoin' });
    expect(parseRoute(routeHash({ name: 'brokenJoin' }))).toEqual({ name: 'brokenJoin' });
    expect(parseRoute('#/joined')).toEqual({ name: 'library' });
  });
});
