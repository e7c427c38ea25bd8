// @vitest-environment happy-dom
/**
 * Ctrl+Z with a checkbox (Moment of truth, Delight) or a drop-down (severity, stage, kind) of the inspector in
 * focus: the app left the key to the browser, whose own undo stepped back the typing of some other text box
 * (the Thoughts just typed were erased, and saved so) while the tick stayed. Such a control has no typing of
 * its own, so the journey's history steps; a plain text box still undoes its own typing.
 */
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorActions } from '../../../renderer/src/editor/actions';
import { useEditorShortcuts } from '../../../renderer/src/editor/keyboard';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { createEditorStore } from '../../../renderer/src/session/store';
import { isTextEntry } from '../../../renderer/src/ui/dom';
import { TAMIL } from '../../fixtures/seed-text';
import { noCanvas, smallJourney } from './fixtures';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

function editorWithOneEdit() {
  const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 5 });
  renderHook(() => useEditorShortcuts(store, createEditorActions(store, noCanvas), () => undefined));
  const s = store.getState();
  const [tp] = Object.values(s.doc.touchpoints);
  s.run('Moment of truth', updateTouchpoint(s.doc, tp!.id, { momentOfTruth: true, thoughts: TAMIL[0] }));
  return { store, id: tp!.id };
}

function pressUndoOn(element: HTMLElement): boolean {
  document.body.append(element);
  element.focus();
  const event = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
  element.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('Ctrl+Z on an inspector control', () => {
  it('on a checkbox or a drop-down steps the journey back, not the browser', () => {
    for (const make of [
      () => Object.assign(document.createElement('input'), { type: 'checkbox' }),
      () => document.createElement('select'),
    ]) {
      const { store, id } = editorWithOneEdit();
      const control = make();
      expect(pressUndoOn(control)).toBe(true);
      expect(store.getState().doc.touchpoints[id]).toMatchObject({ momentOfTruth: false });
      expect(store.getState().history.past).toHaveLength(0);
      expect(document.activeElement).toBe(control);
      cleanup();
    }
  });

  it('in a plain text box is the box’s own (the browser undoes its typing)', () => {
    const { store, id } = editorWithOneEdit();
    expect(pressUndoOn(document.createElement('textarea'))).toBe(false);
    expect(store.getState().doc.touchpoints[id]).toMatchObject({ momentOfTruth: true });
  });

  it('tells typed text from choices', () => {
    expect(isTextEntry(document.createElement('textarea'))).toBe(true);
    expect(isTextEntry(Object.assign(document.createElement('input'), { type: 'number' }))).toBe(true);
    expect(isTextEntry(document.createElement('input'))).toBe(true);
    expect(isTextEntry(Object.assign(document.createElement('input'), { type: 'radio' }))).toBe(false);
    expect(isTextEntry(document.createElement('select'))).toBe(false);
    expect(isTextEntry(document.createElement('button'))).toBe(false);
  });
});
