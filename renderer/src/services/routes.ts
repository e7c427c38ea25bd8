import { isIdOf, type JourneyId } from '../domain/ids';

/** The app's screens, addressed by the URL hash so reloads keep the place. */
export type Route =
  | { name: 'library' }
  | { name: 'trash' }
  | { name: 'journey'; journeyId: JourneyId }
  | { name: 'compare'; journeyId: JourneyId };

export function parseRoute(hash: string): Route {
  const path = decodeURIComponent(hash.replace(/^#/, ''));
  if (path === '/trash') return { name: 'trash' };
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
  }
}
