import { describe, expect, it } from 'vitest';
import { documentFrom } from '../../../renderer/src/session/doc-state';
import { journeyDocumentOf } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { smallJourney } from '../editor/fixtures';

describe('journeyDocumentOf', () => {
  it('converts each revision of the store once, however many readers ask', () => {
    const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 10_000 });
    const first = journeyDocumentOf(store.getState().doc);
    expect(journeyDocumentOf(store.getState().doc)).toBe(first);
    expect(first).toEqual(documentFrom(store.getState().doc));

    const s = store.getState();
    const id = first.touchpoints[0]!.id;
    s.run('Rename', updateTouchpoint(s.doc, id, { title: 'Ընտրում է առաքումը' }));
    const second = journeyDocumentOf(store.getState().doc);
    expect(second).not.toBe(first);
    expect(second.touchpoints.find((t) => t.id === id)?.title).toBe('Ընտրում է առաքումը');
    expect(first.touchpoints.find((t) => t.id === id)?.title).not.toBe('Ընտրում է առաքումը');
  });
});
