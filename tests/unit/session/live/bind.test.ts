/**
 * The store ⇄ Y.Doc binding, alone and through the real session server:
 * no echo, host seeding (fresh and resumed), an editor's canvas edits reaching
 * the host's database, and a hostile editor's invalid row refused (logged,
 * counted, never stored, and put right in the shared document).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { buildOnlineOrderTemplate } from '../../../../renderer/src/domain/templates';
import { painPoint } from '../../editor/fixtures';
import { addNote, deleteItems, updateTouchpoint } from '../../../../renderer/src/session/edits';
import { createEditorStore } from '../../../../renderer/src/session/store';
import { bindStore } from '../../../../renderer/src/session/live/bind';
import {
  readDocState,
  readRawRow,
  roomMap,
  tableMap,
  votesMap,
  writeDocState,
} from '../../../../renderer/src/session/live/y-layout';
import { readRoom } from '../../../../renderer/src/session/live/room';
import { docStateFrom } from '../../../../renderer/src/session/doc-state';
import { connect } from '../../electron/live/helpers';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../../fixtures/seed-text';
import { cleanUpServers, deviceNetwork, join, openHost, session, sleep, waitFor, type HostApp } from './helpers';
import type { LiveParticipantClient } from '../../../../renderer/src/session/live/participant';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await cleanUpServers();
});

const storeOf = (doc = buildOnlineOrderTemplate()) =>
  createEditorStore(doc, { persist: vi.fn(async () => undefined), debounceMs: 10_000 });

describe('bindStore without a network', () => {
  it('fills an empty document from the store, writes local edits in one transaction, never echoes', () => {
    const store = storeOf();
    const doc = new Y.Doc();
    const binding = bindStore(store, doc, { seed: 'store' });
    expect(readDocState(doc, store.getState().doc.journey.id)).toEqual(store.getState().doc);

    const transactions: Y.Transaction[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => transactions.push(tr));
    const s = store.getState();
    const t = Object.values(s.doc.touchpoints)[0]!;
    s.run('Edit', [
      ...updateTouchpoint(s.doc, t.id, { title: TAMIL[0] }),
      ...addNote(s.doc, { text: TELUGU[0] }).changes,
    ]);
    expect(transactions).toHaveLength(1);
    expect(transactions[0]!.origin).toBe(binding.origin);
    expect(readRawRow(doc, 'touchpoints', t.id)).toMatchObject({ title: TAMIL[0] });

    // A remote change comes into the store without history and does not go back into the document.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    tableMap(other, 'touchpoints').get(t.id)!.set('thoughts', ARMENIAN[0]);
    const revision = store.getState().revision;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(transactions).toHaveLength(2);
    expect(store.getState().doc.touchpoints[t.id]!.thoughts).toBe(ARMENIAN[0]);
    expect(store.getState().revision).toBe(revision + 1);
    expect(store.getState().history.past).toHaveLength(1);
    // Undo takes back only the own step: the title, not the thoughts; and the undo goes into the document.
    store.getState().undo();
    expect(readRawRow(doc, 'touchpoints', t.id)).toMatchObject({ title: t.title, thoughts: ARMENIAN[0] });
    binding.unbind();
  });

  it('a resumed session: the document wins for rows that differ, rows only in the store are written to it', () => {
    const base = buildOnlineOrderTemplate();
    const doc = new Y.Doc();
    writeDocState(doc, docStateFrom(base));
    const [t1, t2] = base.touchpoints;
    // During the earlier session someone renamed t1 (the document has it); the host then added a note offline.
    tableMap(doc, 'touchpoints').get(t1!.id)!.set('title', MALAYALAM[0]);
    const store = storeOf(base);
    const s = store.getState();
    const added = addNote(s.doc, { text: TELUGU[1] });
    s.run('Note', added.changes);
    bindStore(store, doc, { seed: 'store' });
    expect(store.getState().doc.touchpoints[t1!.id]!.title).toBe(MALAYALAM[0]);
    expect(store.getState().doc.touchpoints[t2!.id]!.title).toBe(t2!.title);
    expect(readRawRow(doc, 'notes', added.note.id)).toMatchObject({ text: TELUGU[1] });
    expect(readDocState(doc, base.journey.id)).toEqual(store.getState().doc);
  });
});

/** A live session with its host (the facilitator's app) and one editor participant, both in the session. */
async function hostAndEditor(name: string) {
  const { info, doc } = await session();
  const app: HostApp = await openHost(info, doc);
  closers.push(() => app.close());
  await waitFor(() => app.host.state.getState().status === 'live', 'the host');
  const laptop: LiveParticipantClient = join(info, 'editor', { name });
  closers.push(() => laptop.disconnect());
  const editor = await waitFor(() => laptop.editorStore(), 'the editor store');
  return { doc, app, laptop, editor };
}

describe('through the session server', () => {
  it('an editor’s canvas edits reach the host’s database; the host’s edits reach the editor', async () => {
    const { doc, app, laptop, editor } = await hostAndEditor(ARMENIAN[2].slice(0, 50));
    expect(laptop.state.getState().role).toBe('editor');
    const t = doc.touchpoints[3]!;
    let s = editor.getState();
    s.run('Rename', updateTouchpoint(s.doc, t.id, { title: TAMIL[1] }));
    await waitFor(() => app.store.getState().doc.touchpoints[t.id]!.title === TAMIL[1], 'the host to have it');
    await app.store.getState().flush();
    expect((await app.db.touchpoints.get(t.id))!.title).toBe(TAMIL[1]);
    // Not the host's own step: nothing for the facilitator to undo.
    expect(app.store.getState().history.past).toHaveLength(0);
    s = app.store.getState();
    s.run('Thoughts', updateTouchpoint(s.doc, t.id, { thoughts: TELUGU[2] }));
    await waitFor(() => editor.getState().doc.touchpoints[t.id]!.thoughts === TELUGU[2], 'the editor to have it');
    expect(editor.getState().doc.touchpoints[t.id]!.title).toBe(TAMIL[1]);
  });

  it('the facilitator and an editor typing in one card’s thoughts at once both keep every letter', async () => {
    const { doc, app, editor } = await hostAndEditor(TELUGU[1].slice(0, 50));
    const t = doc.touchpoints[2]!;
    // Each key as a text box makes it: the box's text as it stands, with the letter at the typist's caret.
    // The facilitator types at the end, the editor at the start; their keys cross on the way.
    const hostTyped = [...TAMIL[3].slice(0, 12)];
    const editorTyped = [...ARMENIAN[3].slice(0, 12)];
    let editorCaret = 0;
    for (let i = 0; i < 12; i++) {
      const h = app.store.getState();
      const hostText = h.doc.touchpoints[t.id]!.thoughts;
      h.run('Thoughts', updateTouchpoint(h.doc, t.id, { thoughts: hostText + hostTyped[i] }));
      const e = editor.getState();
      const editorText = e.doc.touchpoints[t.id]!.thoughts;
      const typed = editorText.slice(0, editorCaret) + editorTyped[i] + editorText.slice(editorCaret);
      e.run('Thoughts', updateTouchpoint(e.doc, t.id, { thoughts: typed }));
      editorCaret += editorTyped[i]!.length;
      await sleep(i % 3 === 0 ? 0 : 15);
    }
    const expected = editorTyped.join('') + t.thoughts + hostTyped.join('');
    await waitFor(
      () =>
        app.store.getState().doc.touchpoints[t.id]!.thoughts === expected &&
        editor.getState().doc.touchpoints[t.id]!.thoughts === expected,
      'both to hold both texts',
    );
    await app.store.getState().flush();
    expect((await app.db.touchpoints.get(t.id))!.thoughts).toBe(expected);
  });

  it('the facilitator and an editor adding pain points to one card at once both keep theirs, stored by the host', async () => {
    const { doc, app, editor } = await hostAndEditor(MALAYALAM[1].slice(0, 50));
    const t = doc.touchpoints[1]!;
    const pain = (text: string) => painPoint(text);
    // Each adds three, one after the other, each from the list as it stands on their own screen;
    // their additions cross on the way.
    const added: string[] = [];
    for (let i = 0; i < 3; i++) {
      const h = app.store.getState();
      const hostPain = pain(`${TAMIL[i]!.slice(0, 30)} ${i}`);
      h.run(
        'Pain point',
        updateTouchpoint(h.doc, t.id, { painPoints: [...h.doc.touchpoints[t.id]!.painPoints, hostPain] }),
      );
      const e = editor.getState();
      const editorPain = pain(`${ARMENIAN[i]!.slice(0, 30)} ${i}`);
      e.run(
        'Pain point',
        updateTouchpoint(e.doc, t.id, { painPoints: [...e.doc.touchpoints[t.id]!.painPoints, editorPain] }),
      );
      added.push(hostPain.text, editorPain.text);
      await sleep(i === 0 ? 0 : 15);
    }
    const holdsAll = (store: typeof editor) => {
      const texts = store.getState().doc.touchpoints[t.id]!.painPoints.map((p) => p.text);
      return texts.length === t.painPoints.length + 6 && added.every((a) => texts.includes(a));
    };
    await waitFor(() => holdsAll(app.store) && holdsAll(editor), 'both to hold all six');
    await app.store.getState().flush();
    const stored = (await app.db.touchpoints.get(t.id))!.painPoints.map((p) => p.text);
    expect(stored).toEqual(expect.arrayContaining(added));
    expect(stored).toHaveLength(t.painPoints.length + 6);
  });

  it('an item deleted by someone in the session while selected (and perhaps typed in) here: each side is told its name', async () => {
    const { info, doc } = await session();
    const hostTold: string[][] = [];
    const app: HostApp = await openHost(info, doc, { onSelectedDeleted: (names) => void hostTold.push(names) });
    closers.push(() => app.close());
    await waitFor(() => app.host.state.getState().status === 'live', 'the host');
    const editorTold: string[][] = [];
    const laptop = join(info, 'editor', { onSelectedDeleted: (names) => void editorTold.push(names) });
    closers.push(() => laptop.disconnect());
    const editor = await waitFor(() => laptop.editorStore(), 'the editor store');
    const [mine, theirs, unselected] = [doc.touchpoints[0]!, doc.touchpoints[1]!, doc.touchpoints[2]!];
    // The facilitator has the first card selected; the editor deletes it and an unselected one.
    app.store.getState().setSelection([mine.id]);
    let s = editor.getState();
    s.run('Delete', deleteItems(s.doc, [mine.id, unselected.id]));
    await waitFor(() => hostTold.length > 0, 'the host to be told');
    expect(hostTold).toEqual([[mine.title]]);
    expect(app.store.getState().doc.touchpoints[mine.id]).toBeUndefined();
    // The editor is typing in the second card's title; the facilitator deletes it.
    editor.getState().setSelection([theirs.id]);
    s = editor.getState();
    s.run('Title', updateTouchpoint(s.doc, theirs.id, { title: TELUGU[3] }));
    await waitFor(() => app.store.getState().doc.touchpoints[theirs.id]?.title === TELUGU[3], 'the title to arrive');
    s = app.store.getState();
    s.run('Delete', deleteItems(s.doc, [theirs.id]));
    await waitFor(() => editorTold.length > 0, 'the editor to be told');
    expect(editorTold).toEqual([[TELUGU[3].slice(0, 60) + (TELUGU[3].length > 60 ? '…' : '')]]);
    expect(hostTold).toHaveLength(1);
  });

  it('an editor’s edits count as saved only once the session has them: offline they are not sent, and go when back', async () => {
    const { info, doc } = await session();
    const app = await openHost(info, doc);
    closers.push(() => app.close());
    await waitFor(() => app.host.state.getState().status === 'live', 'the host');
    const network = deviceNetwork();
    const laptop = join(info, 'editor', { WebSocketPolyfill: network.WebSocket, notSentText: () => MALAYALAM[3] });
    closers.push(() => laptop.disconnect());
    const editor = await waitFor(() => laptop.editorStore(), 'the editor store');
    const [t1, t2] = [doc.touchpoints[2]!, doc.touchpoints[4]!];
    let s = editor.getState();
    s.run('Rename', updateTouchpoint(s.doc, t1.id, { title: TELUGU[3] }));
    await editor.getState().flush();
    expect(editor.getState().save).toEqual({ status: 'saved', message: null });

    // Offline: the edit is not saved anywhere but this page, and the indicator says so in the interface's words.
    network.down();
    await waitFor(() => laptop.state.getState().status === 'offline', 'offline');
    s = editor.getState();
    s.run('Rename', updateTouchpoint(s.doc, t2.id, { title: ARMENIAN[3] }));
    await editor.getState().flush();
    expect(editor.getState().save).toEqual({ status: 'error', message: MALAYALAM[3] });

    // Back: the edit reaches the host, and the editor's indicator says Saved again.
    network.up();
    await waitFor(
      () => app.store.getState().doc.touchpoints[t2.id]!.title === ARMENIAN[3],
      'the host to have it',
      15_000,
    );
    await waitFor(() => editor.getState().save.status === 'saved', 'saved again', 15_000);
    await app.store.getState().flush();
    expect((await app.db.touchpoints.get(t2.id))!.title).toBe(ARMENIAN[3]);
    expect((await app.db.touchpoints.get(t1.id))!.title).toBe(TELUGU[3]);
  });

  it('the host refuses an invalid row from an editor client: logged, counted, not stored, put right for everyone', async () => {
    const { info, doc } = await session();
    const app = await openHost(info, doc);
    closers.push(() => app.close());
    await waitFor(() => app.host.state.getState().status === 'live', 'the host');
    const hostile = connect(info, { role: 'editor' });
    await hostile.synced();
    const t = doc.touchpoints[0]!;
    await waitFor(() => tableMap(hostile.doc, 'touchpoints').get(t.id), 'the shared touchpoint');
    // An emotion of 99 and a touchpoint of another journey: both outside the model.
    hostile.doc.transact(() => {
      tableMap(hostile.doc, 'touchpoints').get(t.id)!.set('emotion', 99);
      const foreign = new Y.Map<unknown>();
      tableMap(hostile.doc, 'touchpoints').set('touchpoint:foreign1', foreign);
      foreign.set('id', 'touchpoint:foreign1');
      foreign.set('journeyId', 'journey:someoneelse');
      foreign.set('stageId', doc.stages[0]!.id);
    });
    await waitFor(() => app.host.state.getState().refusedRows === 2, 'two refusals');
    expect(app.host.state.getState().lastRefusal).toMatch(/^A shared touchpoint was refused: .+\.$/);
    // A dot of no one, on nothing the model knows: the whole journey row is refused.
    votesMap(hostile.doc).set('vote:forged', { id: 'vote:forged', voterId: 'not a voter', targetKind: 'x' });
    await waitFor(() => app.host.state.getState().refusedRows === 3, 'the journey row refused');
    expect(app.host.state.getState().lastRefusal).toMatch(/^A shared journey was refused: .+\.$/);
    // The same refusal as a message, so the facilitator's panel says it in the interface language.
    expect(app.host.state.getState().lastRefusalText).toMatchObject({
      code: 'sharedRowInvalid',
      params: { row: { code: 'rowJourney' } },
    });
    await waitFor(() => !votesMap(hostile.doc).has('vote:forged'), 'the forged dot gone');
    expect(app.logs.filter((l) => l.startsWith('A shared touchpoint was refused'))).toHaveLength(2);
    await app.store.getState().flush();
    const stored = await app.stored();
    expect(stored.journey.workshop.votes).toEqual(doc.journey.workshop.votes);
    expect(stored.touchpoints.find((x) => x.id === t.id)!.emotion).toBe(t.emotion);
    expect(stored.touchpoints.some((x) => x.id === 'touchpoint:foreign1')).toBe(false);
    // The host put its valid row back: the hostile client's document converges on what is stored.
    await waitFor(() => tableMap(hostile.doc, 'touchpoints').get(t.id)!.get('emotion') === t.emotion, 'the repair');
    await waitFor(() => !tableMap(hostile.doc, 'touchpoints').has('touchpoint:foreign1'), 'the foreign row gone');
  });

  it('only the host drives the room: an editor’s change to it (presentation, who each voter is) is put back', async () => {
    const { info, doc } = await session();
    const app = await openHost(info, doc);
    closers.push(() => app.close());
    await waitFor(() => app.host.state.getState().status === 'live', 'the host');
    app.host.setRoom({ present: { active: true, stageId: doc.stages[1]!.id } });
    const hostile = connect(info, { role: 'editor' });
    await hostile.synced();
    await waitFor(() => readRoom(hostile.doc).present?.stageId === doc.stages[1]!.id, 'the room');
    roomMap(hostile.doc).set('present', { active: false, stageId: null });
    roomMap(hostile.doc).set('voters', { 'participant-victim': 'voter:mine' });
    await sleep(300);
    await waitFor(() => readRoom(hostile.doc).present?.active === true, 'the presentation put back');
    expect(readRoom(hostile.doc).voters).toEqual({});
    expect(app.host.room().present).toEqual({ active: true, stageId: doc.stages[1]!.id });
  });
});
