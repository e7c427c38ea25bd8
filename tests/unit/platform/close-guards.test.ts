import { describe, expect, it } from 'vitest';
import {
  createCloseGuards,
  installUnloadWarning,
  type CloseGuard,
  type CloseReply,
} from '../../../renderer/src/platform/close-guards';

function guard(state: { unsaved: boolean; reply: CloseReply | Error }) {
  let flushes = 0;
  const g: CloseGuard = {
    hasUnsaved: () => state.unsaved,
    flush: async () => {
      flushes++;
      if (state.reply instanceof Error) throw state.reply;
      return state.reply;
    },
  };
  return { g, flushes: () => flushes };
}

const unload = (target: EventTarget) => {
  const event = new Event('beforeunload', { cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('web build: beforeunload', () => {
  it('asks the browser to warn only while changes are pending or failed, and starts the save', () => {
    const target = new EventTarget();
    const guards = createCloseGuards();
    const state = { unsaved: false, reply: { saved: true } as CloseReply };
    const { g, flushes } = guard(state);
    guards.add(g);
    installUnloadWarning(target, guards);

    expect(unload(target).defaultPrevented).toBe(false);
    expect(flushes()).toBe(0);

    state.unsaved = true;
    const warned = unload(target);
    expect(warned.defaultPrevented).toBe(true);
    expect(flushes()).toBe(1);

    state.unsaved = false;
    expect(unload(target).defaultPrevented).toBe(false);
  });

  it('does not warn once the journey is closed (its guard removed), nor after uninstalling', () => {
    const target = new EventTarget();
    const guards = createCloseGuards();
    const remove = guards.add(guard({ unsaved: true, reply: { saved: true } }).g);
    const uninstall = installUnloadWarning(target, guards);
    expect(unload(target).defaultPrevented).toBe(true);
    remove();
    expect(unload(target).defaultPrevented).toBe(false);
    guards.add(guard({ unsaved: true, reply: { saved: true } }).g);
    uninstall();
    expect(unload(target).defaultPrevented).toBe(false);
  });
});

describe('flushAll', () => {
  it('is saved with no guards or when every guard saved', async () => {
    const guards = createCloseGuards();
    expect(await guards.flushAll()).toEqual({ saved: true });
    guards.add(guard({ unsaved: true, reply: { saved: true } }).g);
    expect(await guards.flushAll()).toEqual({ saved: true });
  });

  it('reports the unsaved answer, and a guard that throws as unsaved without a copy', async () => {
    const guards = createCloseGuards();
    const unsaved: CloseReply = { saved: false, what: 'Changes to “Onboarding” are not saved.', copy: null };
    guards.add(guard({ unsaved: true, reply: { saved: true } }).g);
    const remove = guards.add(guard({ unsaved: true, reply: unsaved }).g);
    expect(await guards.flushAll()).toEqual(unsaved);
    remove();
    guards.add(guard({ unsaved: true, reply: new Error('storage is gone') }).g);
    expect(await guards.flushAll()).toEqual({
      saved: false,
      what: 'Your latest changes could not be saved (storage is gone).',
      failure: 'storage is gone',
      copy: null,
    });
  });
});
