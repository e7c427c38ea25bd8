import { isIdOf, type JourneyId } from '../domain/ids';

/** The app's screens, addressed by the URL hash so reloads keep the place. */
export type Route =
  | { name: 'library' }
  | { name: 'trash' }
  | { name: 'journey'; journeyId: JourneyId }
  | { name: 'compare'; journeyId: JourneyId }
  /** A live session's join link, opened on a participant's device (`joinHash` in electron/common/live.ts). */
  | { name: 'join'; token: string; journeyId: JourneyId }
  /** A join link cut short or garbled (copied in part): it says so, rather than opening a library. */
  | { name: 'brokenJoin' };

/** A join token as the session server hands it out (base64url, as `tokenSchema` in electron/common/live.ts). */
const JOIN_TOKEN = /^[A-Za-z0-9_-]{40,64}$/;

export function parseRoute(hash: string): Route {
  const path = decodeURIComponent(hash.replace(/^#/, ''));
  if (path === '/trash') return { name: 'trash' };
  const join = /^\/join\/([^/]+)\/([^/]+)$/.exec(path);
  if (join && JOIN_TOKEN.test(join[1]!) && isIdOf('journey', join[2])) {
    return { name: 'join', token: join[1]!, journeyId: join[2] };
  }
  if (path === '/join' || path.startsWith('/join/')) return { name: 'brokenJoin' };
  const m = /^\/(journey|compare)\/(.+)$/.exec(path);
  if (m && isIdOf('journey', m[2])) return { name: m[1] as 'journey' | 'compare', journeyId: m[2] };
  return { name: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'trash':
      return '#/trash';
    case 'journey':
    case 'compare':
      return `#/${route.name}/${encodeURIComponent(route.journeyId)}`;
    case 'join':
      return `#/join/${route.token}/${encodeURIComponent(route.journeyId)}`;
    case 'brokenJoin':
      return '#/join/';
  }
}
