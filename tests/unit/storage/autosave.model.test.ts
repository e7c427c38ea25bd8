/**
 * Model-based test of "nothing is ever lost": random sequences of add, edit,
 * move, connect, delete, paste, undo, redo, saves and "Replace mine" (a file
 * replacing the journey), in one window or two,
 * run on the real editor store, history, autosave (persistence.ts with its
 * generation check and BroadcastChannel sync) over one fake-indexeddb
 * database. After each sequence, once every window has saved, the journey
 * read back from storage equals the map every window shows.
 *
 * Each window loads its own copy of the persistence module (vi.resetModules),
 * so it has its own database connection and its own window id on the
 * channel, as two Electron windows do.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import { buildClipboardPayload, pastePayload } from '../../../renderer/src/session/clipboard';
import {
  addConnection,
  addNote,
  addTouchpoint,
  deleteItems,
  moveItems,
  updateTouchpoint,
} from '../../../renderer/src/session/edits';
import { documentFrom, type DocState } from '../../../renderer/src/session/doc-state';
import { createEditorStore, type EditorStore } from '../../../renderer/src/session/store';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

const TEXTS = [TAMIL[0], ARMENIAN[0], TELUGU[0], MALAYALAM[0], TAMIL[3], ARMENIAN[1]];

interface Win {
  readonly store: EditorStore;
  /** Waits until a reload this window started (the journey was replaced) is done. */
  ready(): Promise<void>;
  /** "Replace mine" in this window: the journey's rows become `doc`, through replaceOpenJourney. */
  replace(doc: JourneyDocument): Promise<void>;
  /** Other windows' messages wait (a busy or slow window) until `hear`. */
  deafen(): void;
  hear(): void;
  close(): void;
}

interface Real {
  journeyId: string;
  windows: Win[];
  read(): Promise<JourneyDocument | null>;
}

interface Model {
  windows: number;
  /**
   * Right after a "Replace mine", until the next edit in any window: the touchpoints (id → title)
   * the file put in storage. A save of edits made before the replacement must not change them.
   */
  replaced: Map<string, string> | null;
}

/** Delivery of BroadcastChannel messages between module copies takes a turn or two of the event loop. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A window: its own persistence module (own connection, own window id), wired as EditorScreen wires it. */
async function loadModules() {
  vi.resetModules();
  const persistence = await import('../../../renderer/src/session/persistence');
  const storage = await import('../../../renderer/src/storage');
  // Each window opens the database itself, as app/services.ts does.
  const db = new storage.WaymarkDB();
  const link = await import('../../../renderer/src/files-ui/editor-link');
  const reload = await import('../../../renderer/src/session/reload');
  const { replaceOpenJourney } = await import('../../../renderer/src/files-ui/replace-open-journey');
  return { persistence, storage, db, link, reload, replaceOpenJourney };
}

/**
 * A window: its own modules (own connection, own window id), wired as EditorScreen wires them:
 * rows from other windows are applied; word that the journey was replaced (or a save refused
 * because it was) drops what is unsaved and reads the journey again into a new store.
 */
async function openWindow(journeyId: string) {
  const { persistence, storage, db, link, reload, replaceOpenJourney } = await loadModules();
  let current: { store: EditorStore; stop: () => void } | null = null;
  let reloading: Promise<void> | null = null;
  let late: (() => void)[] | null = null;
  const deliver = (message: () => void) => (late ? late.push(message) : message());

  const load = async () => {
    const read = await storage.getJourneyForEditing(db, journeyId as never);
    if (!read) throw new Error('journey missing');
    const persister = persistence.createPersister(db, read.document.journey.id, read.generation);
    // Saves only when the test says so (a long debounce), to interleave edits and saves at will.
    const store = createEditorStore(read.document, { persist: persister.persist, debounceMs: 3_600_000 });
    const offs = [
      persister.onRemote((rows, savedAt) =>
        deliver(() => {
          const s = store.getState();
          s.applyRemote(persistence.remoteChanges(s.doc, rows), savedAt);
        }),
      ),
      persister.onReplaced((reason) => {
        const handle = () => {
          // The word reaches the store the window shows when it arrives (it may have been read again since).
          const shown = current!.store;
          shown.discardPending();
          // As EditorScreen: read again once the write under way is done.
          scheduleReload(shown.idle());
        };
        // A save refused here is this window's own finding; only messages can be late.
        if (reason === 'stale') handle();
        else deliver(handle);
      }),
      link.linkEditor(store),
    ];
    current?.stop();
    current = {
      store,
      stop() {
        for (const off of offs) off();
        store.dispose();
        persister.close();
      },
    };
  };
  const scheduleReload = (after: Promise<void> = Promise.resolve()) => {
    reloading = (reloading ?? Promise.resolve()).then(() => after).then(load);
  };
  const offReload = reload.onReloadJourney(journeyId, scheduleReload);
  await load();

  const win: Win = {
    get store() {
      return current!.store;
    },
    async ready() {
      while (reloading) {
        const pending = reloading;
        await pending;
        if (reloading === pending) reloading = null;
      }
    },
    async replace(doc) {
      await replaceOpenJourney(journeyId as never, 'file', () => storage.replaceJourneyDocument(db, doc));
    },
    deafen() {
      late ??= [];
    },
    hear() {
      const queued = late ?? [];
      late = null;
      for (const message of queued) message();
    },
    close() {
      offReload();
      current?.stop();
      db.close();
    },
  };
  return { win, db, storage };
}

/** The document as both sides hold it, minus what only storage keeps (the journey's updatedAt). */
function comparable(doc: JourneyDocument) {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const { updatedAt: _updatedAt, ...journey } = doc.journey;
  return {
    journey,
    stages: byId(doc.stages),
    touchpoints: byId(doc.touchpoints),
    connections: byId(doc.connections),
    personas: byId(doc.personas),
    notes: byId(doc.notes),
  };
}

const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length ? items[index % items.length] : undefined;
const items = (doc: DocState) => [...Object.keys(doc.touchpoints), ...Object.keys(doc.notes)].sort();

/** Since the last "Replace mine", with no edit after it, storage still holds the file's touchpoints. */
async function expectReplacedKept(m: Model, real: Real) {
  if (!m.replaced) return;
  const stored = await real.read();
  expect(new Map(stored!.touchpoints.map((t) => [t.id, t.title]))).toEqual(m.replaced);
}

abstract class WindowCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly window: number) {}
  check(model: Readonly<Model>) {
    return this.window < model.windows;
  }
  /** The window's store once any reload it started is done. */
  protected async store(real: Real) {
    const win = real.windows[this.window]!;
    await win.ready();
    return win.store;
  }
  abstract run(model: Model, real: Real): Promise<void>;
  abstract toString(): string;
}

class Add extends WindowCommand {
  constructor(
    window: number,
    private readonly stage: number,
    private readonly note: boolean,
  ) {
    super(window);
  }
  async run(m: Model, real: Real) {
    m.replaced = null;
    const s = (await this.store(real)).getState();
    if (this.note) {
      s.run('Add note', addNote(s.doc, { text: TEXTS[this.stage % TEXTS.length]! }).changes);
      return;
    }
    const stageId = pick(Object.keys(s.doc.stages).sort(), this.stage);
    if (stageId) s.run('Add touchpoint', addTouchpoint(s.doc, stageId).changes);
  }
  toString() {
    return `Add(w${this.window}, ${this.note ? 'note' : `stage ${this.stage}`})`;
  }
}

class Edit extends WindowCommand {
  constructor(
    window: number,
    private readonly target: number,
    private readonly text: number,
  ) {
    super(window);
  }
  async run(m: Model, real: Real) {
    m.replaced = null;
    const s = (await this.store(real)).getState();
    const id = pick(Object.keys(s.doc.touchpoints).sort(), this.target);
    if (id) s.run('Edit title', updateTouchpoint(s.doc, id, { title: TEXTS[this.text % TEXTS.length]! }));
  }
  toString() {
    return `Edit(w${this.window}, #${this.target}, text ${this.text})`;
  }
}

class Move extends WindowCommand {
  constructor(
    window: number,
    private readonly target: number,
    private readonly dx: number,
    private readonly dy: number,
  ) {
    super(window);
  }
  async run(m: Model, real: Real) {
    m.replaced = null;
    const s = (await this.store(real)).getState();
    const id = pick(items(s.doc), this.target);
    const at = id ? (s.doc.touchpoints[id]?.position ?? s.doc.notes[id]?.position) : undefined;
    if (id && at) s.run('Move', moveItems(s.doc, [{ id, position: { x: at.x + this.dx, y: at.y + this.dy } }]));
  }
  toString() {
    return `Move(w${this.window}, #${this.target}, ${this.dx}, ${this.dy})`;
  }
}

class Connect extends WindowCommand {
  constructor(
    window: number,
    private readonly from: number,
    private readonly to: number,
  ) {
    super(window);
  }
  async run(m: Model, real: Real) {
    m.replaced = null;
    const s = (await this.store(real)).getState();
    const ids = Object.keys(s.doc.touchpoints).sort();
    const source = pick(ids, this.from);
    const target = pick(ids, this.to);
    if (source && target) s.run('Connect', addConnection(s.doc, source, target).changes);
  }
  toString() {
    return `Connect(w${this.window}, #${this.from} → #${this.to})`;
  }
}

class Delete extends WindowCommand {
  constructor(
    window: number,
    private readonly target: number,
  ) {
    super(window);
  }
  async run(m: Model, real: Real) {
    m.replaced = null;
    const s = (await this.store(real)).getState();
    const id = pick(items(s.doc), this.target);
    if (id) s.run('Delete', deleteItems(s.doc, [id]));
  }
  toString() {
    return `Delete(w${this.window}, #${this.target})`;
  }
}

class Paste extends WindowCommand {
  constructor(
    window: number,
    private readonly first: number,
    private readonly count: number,
  ) {
    super(window);
  }
  async run(m: Model, real: Real) {
    m.replaced = null;
    const s = (await this.store(real)).getState();
    const all = items(s.doc);
    const ids = Array.from({ length: this.count }, (_, i) => pick(all, this.first + i)).filter(
      (id): id is string => !!id,
    );
    const payload = buildClipboardPayload(s.doc, ids);
    if (payload) s.run('Paste', pastePayload(s.doc, payload, { x: 32, y: 32 }).changes);
  }
  toString() {
    return `Paste(w${this.window}, #${this.first} ×${this.count})`;
  }
}

class Undo extends WindowCommand {
  async run(m: Model, real: Real) {
    m.replaced = null;
    (await this.store(real)).getState().undo();
  }
  toString() {
    return `Undo(w${this.window})`;
  }
}

class Redo extends WindowCommand {
  async run(m: Model, real: Real) {
    m.replaced = null;
    (await this.store(real)).getState().redo();
  }
  toString() {
    return `Redo(w${this.window})`;
  }
}

/** The autosave timer firing: this window writes what it has not saved, and the others hear of it. */
class Save extends WindowCommand {
  async run(m: Model, real: Real) {
    await (await this.store(real)).getState().flush();
    // A window that missed messages (see Replace) hears them after its save.
    real.windows[this.window]!.hear();
    await settle();
    await expectReplacedKept(m, real);
  }
  toString() {
    return `Save(w${this.window})`;
  }
}

/**
 * "Replace mine" in this window: a file of the same journey, here the map as this window shows it
 * minus its first touchpoint and with new titles, replaces the stored rows.
 */
class Replace extends WindowCommand {
  constructor(
    window: number,
    private readonly text: number,
    private readonly othersLate: boolean,
  ) {
    super(window);
  }
  async run(m: Model, real: Real) {
    // The other window may not hear of it before its next save.
    if (this.othersLate) real.windows.forEach((w, i) => i !== this.window && w.deafen());
    const doc = documentFrom((await this.store(real)).getState().doc);
    const dropped = doc.touchpoints.map((t) => t.id).sort()[0];
    const file: JourneyDocument = {
      ...doc,
      touchpoints: doc.touchpoints
        .filter((t) => t.id !== dropped)
        .map((t, i) => ({ ...t, title: TEXTS[(this.text + i) % TEXTS.length]! })),
      connections: doc.connections.filter((c) => c.source !== dropped && c.target !== dropped),
    };
    await real.windows[this.window]!.replace(file);
    m.replaced = new Map(file.touchpoints.map((t) => [t.id, t.title]));
    await expectReplacedKept(m, real);
  }
  toString() {
    return `Replace(w${this.window}, text ${this.text}${this.othersLate ? ', others hear late' : ''})`;
  }
}

const win = fc.integer({ min: 0, max: 1 });
const index = fc.nat({ max: 40 });
const commands = [
  fc.tuple(win, index, fc.boolean()).map(([w, s, n]) => new Add(w, s, n)),
  fc.tuple(win, index, index).map(([w, t, x]) => new Edit(w, t, x)),
  fc
    .tuple(win, index, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -200, max: 200 }))
    .map(([w, t, dx, dy]) => new Move(w, t, dx, dy)),
  fc.tuple(win, index, index).map(([w, a, b]) => new Connect(w, a, b)),
  fc.tuple(win, index).map(([w, t]) => new Delete(w, t)),
  fc.tuple(win, index, fc.integer({ min: 1, max: 6 })).map(([w, f, c]) => new Paste(w, f, c)),
  win.map((w) => new Undo(w)),
  win.map((w) => new Redo(w)),
  win.map((w) => new Save(w)),
  fc.tuple(win, index, fc.boolean()).map(([w, t, late]) => new Replace(w, t, late)),
];

/** Runs the commands in `n` windows over a new journey, then checks storage against every window. */
async function runSequence(n: number, cmds: Iterable<fc.AsyncCommand<Model, Real>>) {
  const setup = await loadModules();
  const doc = buildOnlineOrderTemplate(1000);
  await setup.storage.createJourneyFromDocument(setup.db, doc);
  setup.db.close();
  const opened: Awaited<ReturnType<typeof openWindow>>[] = [];
  for (let i = 0; i < n; i++) opened.push(await openWindow(doc.journey.id));
  const real: Real = {
    journeyId: doc.journey.id,
    windows: opened.map((o) => o.win),
    read: () => opened[0]!.storage.getJourneyDocument(opened[0]!.db, doc.journey.id as never),
  };
  try {
    await fc.asyncModelRun(() => ({ model: { windows: n, replaced: null }, real }), cmds);
    // Every window saves what it still holds; a second round saves what a window kept
    // of its own while hearing another's save.
    for (let round = 0; round < 3; round++) {
      for (const w of real.windows) {
        w.hear();
        await w.ready();
        await w.store.getState().flush();
        await settle();
      }
    }
    for (const w of real.windows) await w.ready();
    const stored = await real.read();
    expect(stored).not.toBeNull();
    for (const w of real.windows) {
      expect(w.store.getState().save.status).toBe('saved');
      expect(comparable(documentFrom(w.store.getState().doc))).toEqual(comparable(stored!));
    }
  } finally {
    for (const w of real.windows) w.close();
  }
}

describe('autosave, model-based', () => {
  it('after any sequence of edits, undos, saves and replacements in one or two windows, storage holds exactly the map on screen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 }), fc.commands(commands, { maxCommands: 25 }), runSequence),
      { numRuns: 30 },
    );
  }, 60_000);

  it('a window that hears of a replacement late cannot save its older edits over it', async () => {
    // Window 1 edits and adds; window 0 replaces the journey with a file; window 1, not yet told, saves.
    await runSequence(2, [new Edit(1, 0, 1), new Add(1, 2, false), new Replace(0, 3, true), new Save(1)]);
    await runSequence(2, [new Move(1, 1, 80, 40), new Delete(1, 2), new Replace(0, 0, true), new Save(1), new Save(0)]);
  }, 30_000);
});
