// @vitest-environment happy-dom
/**
 * Start voting in the Workshop panel when nobody can vote (no voters yet, or every dot placed) says why:
 * the reason used to go to the voting banner, which shows only while a vote runs, so the click did nothing.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { ToastViewport, useToasts } from '../../../renderer/src/ui/toasts';
import { VotingSection } from '../../../renderer/src/workshop/panel/VotingSection';
import { workshopUi } from '../../../renderer/src/workshop/workshop-ui';
import { addVoter, patchWorkshop } from '../../../renderer/src/workshop/edits';
import { newId } from '../../../renderer/src/domain/ids';
import { smallJourney } from '../editor/fixtures';

afterEach(async () => {
  cleanup();
  workshopUi().reset();
  useToasts.setState({ toasts: [] });
  await setUiLanguage('en');
});

function renderVoting() {
  const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 10_000 });
  render(
    <EditorStoreContext.Provider value={store}>
      <VotingSection />
      <ToastViewport />
    </EditorStoreContext.Provider>,
  );
  return store;
}

describe('Start voting (workshop panel)', () => {
  it('with no voters, says in Malayalam to add them first and starts nothing', async () => {
    await setUiLanguage('ml');
    renderVoting();
    fireEvent.click(screen.getByRole('button', { name: 'വോട്ടിങ് തുടങ്ങുക' }));
    const region = screen.getByRole('region', { name: 'അറിയിപ്പുകൾ' });
    expect(within(region).getByRole('alert').textContent).toContain('ആദ്യം വോട്ടർമാരെ ചേർക്കുക.');
    expect(workshopUi().votingVoterId).toBeNull();
    expect(screen.getByRole('button', { name: 'വോട്ടിങ് തുടങ്ങുക' })).toBeTruthy();
  });

  it('when every voter has placed every dot, says the votes must be cleared first', () => {
    const store = renderVoting();
    act(() => {
      const s = store.getState();
      const added = addVoter(s.doc, 'Ana', '#e03131');
      if (!added.ok) throw new Error(added.message);
      s.run(added.label, added.changes);
      const doc = store.getState().doc;
      const voterId = doc.journey.workshop.voters[0]!.id;
      const touchpoint = Object.values(doc.touchpoints)[0]!;
      store.getState().run(
        'dots',
        patchWorkshop(doc, {
          voteTarget: 'touchpoint',
          dotsPerVoter: 1,
          votes: [{ id: newId('vote'), voterId, targetKind: 'touchpoint', targetId: touchpoint.id, castAt: 1 }],
        }),
      );
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start voting' }));
    expect(screen.getByRole('alert').textContent).toContain('Every voter has placed all their dots.');
    expect(workshopUi().votingVoterId).toBeNull();
  });

  it('with a voter who has dots, starts their turn and shows no error', () => {
    const store = renderVoting();
    act(() => {
      const added = addVoter(store.getState().doc, 'Ana', '#e03131');
      if (!added.ok) throw new Error(added.message);
      store.getState().run(added.label, added.changes);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start voting' }));
    expect(workshopUi().votingVoterId).toBe(store.getState().doc.journey.workshop.voters[0]!.id);
    expect(workshopUi().voteStatus).toBe('Now voting: Ana.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Stop voting' })).toBeTruthy();
  });
});
