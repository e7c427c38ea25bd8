// @vitest-environment happy-dom
/**
 * The Workshop panel's voter list counts each voter's dots once per change of the votes (a live
 * session's room may hold dozens of voters while notes keep arriving), and its rows' edits act on
 * the document and turn as they are when clicked (the actions are made once per panel).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { VotingSection } from '../../../renderer/src/workshop/panel/VotingSection';
import { workshopUi } from '../../../renderer/src/workshop/workshop-ui';
import { addVoter, patchWorkshop } from '../../../renderer/src/workshop/edits';
import { newId } from '../../../renderer/src/domain/ids';
import type { Note } from '../../../renderer/src/domain/model';
import { smallJourney } from '../editor/fixtures';
import { TAMIL } from '../../fixtures/seed-text';

afterEach(async () => {
  cleanup();
  workshopUi().reset();
  await setUiLanguage('en');
});

function renderWithVoters(names: string[]) {
  const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 10_000 });
  for (const [i, name] of names.entries()) {
    const added = addVoter(store.getState().doc, name, ['#e03131', '#1971c2', '#2f9e44'][i]!);
    if (!added.ok) throw new Error(added.message);
    store.getState().run(added.label, added.changes);
  }
  render(
    <EditorStoreContext.Provider value={store}>
      <VotingSection />
    </EditorStoreContext.Provider>,
  );
  const voterId = (name: string) => store.getState().doc.journey.workshop.voters.find((v) => v.name === name)!.id;
  return { store, voterId };
}

const leftTexts = () => [...document.querySelectorAll('.ws-voter .ws-dots-left')].map((el) => el.textContent);

describe('voter list (workshop panel)', () => {
  it('shows each voter’s dots left, through a vote, a note arriving and a deleted target', () => {
    const { store, voterId } = renderWithVoters(['Ana', 'Ben', 'Chen']);
    expect(leftTexts()).toEqual(['5 left', '5 left', '5 left']);
    const touchpoints = Object.values(store.getState().doc.touchpoints);
    act(() => {
      const doc = store.getState().doc;
      store.getState().run(
        'dots',
        patchWorkshop(doc, {
          voteTarget: 'touchpoint',
          votes: [
            {
              id: newId('vote'),
              voterId: voterId('Ben'),
              targetKind: 'touchpoint',
              targetId: touchpoints[0]!.id,
              castAt: 1,
            },
            {
              id: newId('vote'),
              voterId: voterId('Ben'),
              targetKind: 'touchpoint',
              targetId: touchpoints[1]!.id,
              castAt: 2,
            },
          ],
        }),
      );
    });
    expect(leftTexts()).toEqual(['5 left', '3 left', '5 left']);
    // A note from a live participant changes neither the votes nor what they are on.
    act(() => {
      const doc = store.getState().doc;
      const note = {
        id: newId('note'),
        journeyId: doc.journey.id,
        text: TAMIL[0]!,
        colour: 'yellow',
        kind: 'note',
        position: { x: 0, y: 0 },
        createdAt: 1,
      } as Note;
      store.getState().applyShared([{ table: 'notes', id: note.id, before: null, after: note }]);
    });
    expect(leftTexts()).toEqual(['5 left', '3 left', '5 left']);
    // The touchpoint one dot was on is deleted: the dot comes back.
    act(() => {
      const tp = store.getState().doc.touchpoints[touchpoints[0]!.id]!;
      store.getState().run('delete', [{ table: 'touchpoints', id: tp.id, before: tp, after: null }]);
    });
    expect(leftTexts()).toEqual(['5 left', '4 left', '5 left']);
  });

  it('renames and removes through each row, acting on the turn as it is when clicked', () => {
    const { store, voterId } = renderWithVoters(['Ana', 'Ben']);
    fireEvent.change(screen.getAllByRole('textbox', { name: 'Voter name' })[1]!, { target: { value: 'Benedikt' } });
    expect(store.getState().doc.journey.workshop.voters.map((v) => v.name)).toEqual(['Ana', 'Benedikt']);
    // Ana's turn starts after the panel rendered: removing her still ends it.
    fireEvent.click(screen.getByRole('button', { name: 'Start voting' }));
    expect(workshopUi().votingVoterId).toBe(voterId('Ana'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove voter Ana' }));
    expect(store.getState().doc.journey.workshop.voters.map((v) => v.name)).toEqual(['Benedikt']);
    expect(workshopUi().votingVoterId).toBeNull();
    // Added through the form's action, made when the panel first drew.
    fireEvent.change(screen.getByRole('textbox', { name: 'New voter name' }), { target: { value: 'Chen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add voter' }));
    expect(store.getState().doc.journey.workshop.voters.map((v) => v.name)).toEqual(['Benedikt', 'Chen']);
  });
});
