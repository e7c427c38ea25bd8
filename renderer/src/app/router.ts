import { useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from '../services';

/** The hash router: the screen is in the URL hash, so reloads keep the place. */
export function navigate(route: Route) {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
