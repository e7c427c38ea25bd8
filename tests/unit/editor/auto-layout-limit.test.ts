/**
 * Auto layout on a 2,000-touchpoint map held the window for minutes (ELK on the page's thread, its time
 * growing much faster than the map). Above its limit it now says so and leaves the map as it is.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AUTO_LAYOUT_LIMIT, autoLayoutJourney } from '../../../renderer/src/editor/layout/run-auto-layout';
import { createEditorStore } from '../../../renderer/src/session/store';
import { useToasts } from '../../../renderer/src/ui/toasts';
import { journey } from '../../fixtures/journey-builder';

afterEach(() => useToasts.setState({ toasts: [] }));

describe('auto layout of a very large map', () => {
  it('is refused above its limit, saying how many touchpoints the map has, with nothing changed', async () => {
    const b = journey('Large', 1000);
    const [stage] = b.stages('Discover');
    for (let i = 0; i <= AUTO_LAYOUT_LIMIT; i++) b.touchpoint(stage!, { title: `Step ${i + 1}` });
    const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
    const before = store.getState().doc;
    await autoLayoutJourney(store);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    const [toast] = useToasts.getState().toasts;
    expect(toast?.tone).toBe('error');
    expect(toast?.message).toBe(
      'Auto layout arranges maps of up to 500 touchpoints, and this one has 501: laying it out would hold the window for minutes. The map is unchanged.',
    );
    store.dispose();
  });
});
