import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../renderer/src/services/routes';

const TOKEN = 'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cQ';

describe('routes: the join link of a live session', () => {
  it('reads #/join/<token>, with the journey when the link names it', () => {
    expect(parseRoute(`#/join/${TOKEN}`)).toEqual({ name: 'join', token: TOKEN, journeyId: null });
    expect(parseRoute(`#/join/${TOKEN}?journey=journey%3Aabc123`)).toEqual({
      name: 'join',
      token: TOKEN,
      journeyId: 'journey:abc123',
    });
  });

  it('round-trips through routeHash', () => {
    const route = { name: 'join', token: TOKEN, journeyId: 'journey:abc123' } as const;
    expect(parseRoute(routeHash(route as never))).toEqual(route);
  });

  it('sends a malformed token or journey to the library or drops the journey, never into a session', () => {
    expect(parseRoute('#/join/short')).toEqual({ name: 'library' });
    expect(parseRoute(`#/join/${TOKEN}!`)).toEqual({ name: 'library' });
    expect(parseRoute(`#/join/${TOKEN}?journey=stage%3Aabc`)).toEqual({ name: 'join', token: TOKEN, journeyId: null });
  });
});
