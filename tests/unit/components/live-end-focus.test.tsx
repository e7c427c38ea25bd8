// @vitest-environment happy-dom
/**
 * Ending the live session from the Workshop panel (End session, then End session in the confirmation) leaves the
 * focus on Start live session: the button the dialog gave the focus back to goes with the running session, and
 * the focus used to fall to the page, so the next Tab started again from the top of the window.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveSessionInfo } from '../../../electron/common/live';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { ConfirmHost } from '../../../renderer/src/ui/confirm';
import { LiveSection } from '../../../renderer/src/workshop/live/LiveSection';
import { useLiveSession } from '../../../renderer/src/workshop/live/live-session';
import type * as Engine from '../../../renderer/src/workshop/live/engine';
import type { LiveHost } from '../../../renderer/src/workshop/live/engine';
import { smallJourney } from '../editor/fixtures';

const serverEnd = vi.fn(async () => undefined);
vi.mock('../../../renderer/src/workshop/live/engine', async (importOriginal) => ({
  ...(await importOriginal<typeof Engine>()),
  liveServer: () => ({ end: serverEnd }),
}));

afterEach(async () => {
  cleanup();
  useLiveSession.setState({ phase: 'idle', journeyId: null, host: null, state: null, error: null, elsewhere: null });
  await setUiLanguage('en');
});

const TOKEN = 'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cQ';

function running(journeyId: string) {
  const info: LiveSessionInfo = {
    journeyId,
    documentName: `journey/${journeyId}`,
    port: 4477,
    interfaces: [{ name: 'eth0', address: '192.0.2.2' }],
    joinUrls: {
      viewer: `http://192.0.2.2:4477/#/join/${TOKEN}v/x`,
      contributor: `http://192.0.2.2:4477/#/join/${TOKEN}c/x`,
      editor: `http://192.0.2.2:4477/#/join/${TOKEN}e/x`,
    },
    hostWsUrl: 'ws://127.0.0.1:4477/live',
    hostToken: TOKEN,
    startedAt: 1,
    requireApproval: false,
    resumed: false,
  };
  const hostEnd = vi.fn(async () => undefined);
  const host = { end: hostEnd, awareness: null } as unknown as LiveHost;
  useLiveSession.setState({
    phase: 'running',
    journeyId,
    host,
    state: {
      status: 'live',
      info,
      participants: [],
      refusedRows: 0,
      lastRefusal: null,
      lastRefusalText: null,
      error: null,
    },
  });
  return hostEnd;
}

describe('ending the live session', () => {
  it('asks first, ends it, and puts the focus on Start live session (Malayalam)', async () => {
    await setUiLanguage('ml');
    const doc = smallJourney();
    const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
    const hostEnd = running(doc.journey.id);
    render(
      <EditorStoreContext.Provider value={store}>
        <LiveSection />
        <ConfirmHost />
      </EditorStoreContext.Provider>,
    );
    const end = screen.getByRole('button', { name: 'സെഷൻ അവസാനിപ്പിക്കുക' });
    end.focus();
    fireEvent.click(end);
    const dialog = await screen.findByRole('dialog', { name: 'തത്സമയ സെഷൻ അവസാനിപ്പിക്കണോ?' });
    expect(hostEnd).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'സെഷൻ അവസാനിപ്പിക്കുക' }));
    });
    const start = await screen.findByRole('button', { name: 'തത്സമയ സെഷൻ തുടങ്ങുക' });
    expect(hostEnd).toHaveBeenCalledOnce();
    expect(serverEnd).toHaveBeenCalledOnce();
    expect(useLiveSession.getState().phase).toBe('idle');
    await vi.waitFor(() => expect(document.activeElement).toBe(start));
  });

  it('keeps the session running, and the focus where it was, when the confirmation is cancelled', async () => {
    const doc = smallJourney();
    const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
    const hostEnd = running(doc.journey.id);
    render(
      <EditorStoreContext.Provider value={store}>
        <LiveSection />
        <ConfirmHost />
      </EditorStoreContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'End session' }));
    const dialog = await screen.findByRole('dialog', { name: 'End the live session?' });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    });
    expect(hostEnd).not.toHaveBeenCalled();
    expect(useLiveSession.getState().phase).toBe('running');
    expect(screen.queryByRole('button', { name: 'Start live session' })).toBeNull();
  });
});
