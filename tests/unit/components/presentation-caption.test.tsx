// @vitest-environment happy-dom
/**
 * Presenting, the keys line (← → stages · L laser · D dimming · T timer · Esc exit) is the foot of the side caption,
 * after the caption's body, not a line fixed over the bottom of the screen: in Malayalam it wraps to two lines, and a
 * stage with several touchpoints ran its emotion curve and pain points under it (seen on the web build at 1280×800).
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { Presentation } from '../../../renderer/src/workshop/present/Presentation';
import { workshopUi } from '../../../renderer/src/workshop/workshop-ui';
import { journey } from '../../fixtures/journey-builder';

beforeEach(() => vi.useFakeTimers());
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  workshopUi().reset();
  await setUiLanguage('en');
});

function present(stageNames: string[]) {
  const b = journey('Presenting');
  const stages = stageNames.length ? b.stages(...(stageNames as [string, ...string[]])) : [];
  for (const [i, title] of ['Tracks the parcel', 'Unboxes it', 'Parcel arrives damaged', 'Calls support'].entries())
    if (stages[0]) b.touchpoint(stages[0], { title, emotion: i - 2, pains: i === 2 ? [3] : [] });
  const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
  render(
    <ReactFlowProvider>
      <EditorStoreContext.Provider value={store}>
        <Presentation />
      </EditorStoreContext.Provider>
    </ReactFlowProvider>,
  );
  act(() => vi.advanceTimersByTime(200));
}

/** The caption's element children, each by its class. */
const partsOf = (caption: HTMLElement) => Array.from(caption.children, (el) => el.className);

describe('presentation caption', () => {
  it('puts the keys line after the body of the stage caption, in Malayalam', async () => {
    await setUiLanguage('ml');
    present(['Receive', 'Use']);
    const caption = screen.getByRole('complementary', { name: 'ഘട്ടം 1 / 2: Receive' });
    expect(partsOf(caption)).toEqual(['ws-caption-body', 'ws-present-help']);
    const [body, help] = Array.from(caption.children) as HTMLElement[];
    expect(body!.querySelector('.ws-caption-title')!.textContent).toBe('Receive');
    expect(body!.textContent).toContain('Parcel arrives damaged');
    expect(body!.textContent).toContain('പ്രശ്നബിന്ദുക്കൾ');
    expect(help!.getAttribute('aria-hidden')).toBe('true');
    expect(help!.textContent).toContain('പുറത്തുകടക്കുക');
    // Only one keys line on the screen.
    expect(document.querySelectorAll('.ws-present-help')).toHaveLength(1);
  });

  it('does the same for a journey with no stages', () => {
    present([]);
    const caption = document.querySelector<HTMLElement>('.ws-caption')!;
    expect(partsOf(caption)).toEqual(['ws-caption-body', 'ws-present-help']);
    expect(caption.textContent).toContain('This journey has no stages yet.');
    expect(caption.lastElementChild!.textContent).toContain('exit');
  });
});
