// @vitest-environment happy-dom
/**
 * Start voting in the Workshop panel when nobody can vote says why: with no voters it is unavailable and
 * says so beside it before any press (it used to be enabled and say "Add voters first" only once pressed);
 * with every dot placed, the press says the votes must be cleared first (the voting banner, which would
 * say it, shows only while a vote runs).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
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
  it('with no voters, is unavailable and says beside it, in Malayalam, to add them first', async () => {
    await setUiLanguage('ml');
    const store = renderVoting();
    const start = screen.getByRole('button', { name: 'വോട്ടിങ് തുടങ്ങുക' }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    const hint = document.getElementById(start.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('ആദ്യം വോട്ടർമാരെ ചേർക്കുക.');
    fireEvent.click(start);
    expect(workshopUi().votingVoterId).toBeNull();

    // A voter added, Start is available and its hint gone.
    act(() => {
      const added = addVoter(store.getState().doc, 'Ana', '#e03131');
      if (!added.ok) throw new Error(added.message);
      store.getState().run(added.label, added.changes);
    });
    expect(start.disabled).toBe(false);
    expect(start.getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByText('ആദ്യം വോട്ടർമാരെ ചേർക്കുക.')).toBeNull();
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
