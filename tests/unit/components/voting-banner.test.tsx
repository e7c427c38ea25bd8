// @vitest-environment happy-dom
/**
 * The voting banner's first line is one sentence: "Now voting: Ana, 3 dots left". Its row is a flex
 * box with a gap, so loose words and the name were each a flex item and read "Ana , 3 dots left".
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { VotingBanner } from '../../../renderer/src/workshop/voting/VotingBanner';
import { workshopUi } from '../../../renderer/src/workshop/workshop-ui';
import { addVoter } from '../../../renderer/src/workshop/edits';
import { smallJourney } from '../editor/fixtures';

afterEach(async () => {
  cleanup();
  workshopUi().reset();
  await setUiLanguage('en');
});

describe('the voting banner', () => {
  it('says who votes and the dots left as one sentence beside the voter’s dot, in Tamil too', async () => {
    await setUiLanguage('ta');
    const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 10_000 });
    const added = addVoter(store.getState().doc, 'அனு', '#e03131');
    if (!added.ok) throw new Error(added.message);
    store.getState().run(added.label, added.changes);
    const voterId = store.getState().doc.journey.workshop.voters[0]!.id;
    render(
      <EditorStoreContext.Provider value={store}>
        <div className="canvas-wrap" />
        <VotingBanner />
      </EditorStoreContext.Provider>,
    );
    act(() => workshopUi().set({ votingVoterId: voterId }));
    const banner = await screen.findByRole('region', { name: /./ });
    const who = banner.querySelector('.ws-vote-who')!;
    // The voter's dot, then the sentence: two flex items, so the gap never splits the sentence.
    expect(who.children).toHaveLength(2);
    expect(who.children[1]!.textContent).toMatch(/^இப்போது வாக்களிப்பவர்: அனு, \S/);
  });
});
