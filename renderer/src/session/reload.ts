/**
 * Asks the editor showing a journey to read it again from storage, in place
 * (no trip through the library): after a saved version replaced it, here or
 * in another window.
 */
const requests = new EventTarget();

export function reloadJourney(journeyId: string): void {
  requests.dispatchEvent(new CustomEvent<string>('reload', { detail: journeyId }));
}

export function onReloadJourney(journeyId: string, listener: () => void): () => void {
  const handler = (e: Event) => (e as CustomEvent<string>).detail === journeyId && listener();
  requests.addEventListener('reload', handler);
  return () => requests.removeEventListener('reload', handler);
}
