// @vitest-environment happy-dom
/**
 * Escape on the future-state comparison goes back to the journey, as its "Back to the journey" button
 * does (it used to do nothing), unless the key belongs to a text box or an open menu; the editor's
 * shortcut sheet lists the key. Its problem screens (the future state gone, the current state in the
 * trash) take Escape too, as their way back: they used to ignore it.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITOR_SLOTS } from '../../../renderer/src/app/editor-slots';
import CompareScreen from '../../../renderer/src/insights-ui/CompareScreen';
import { createFutureState } from '../../../renderer/src/insights-ui/future-state';
import type { JourneyId } from '../../../renderer/src/domain/ids';
import { t } from '../../../renderer/src/i18n';
import { ServicesProvider } from '../../../renderer/src/services';
import { createCommandBus } from '../../../renderer/src/services/command-bus';
import type { Route } from '../../../renderer/src/services/routes';
import { createJourneyFromDocument, moveToTrash, type WaymarkDB } from '../../../renderer/src/storage';
import { journey } from '../../fixtures/journey-builder';
import { freshDb } from '../storage/helpers';

/** The comparison as App.tsx routes to it; another route shows its name, so a test sees where Escape went. */
function Screens({ db, start }: { db: WaymarkDB; start: Route }) {
  const [route, setRoute] = useState<Route>(start);
  const services = useMemo(() => ({ db, navigate: setRoute, commands: createCommandBus() }), [db]);
  return (
    <ServicesProvider services={services}>
      {route.name === 'compare' ? (
        <CompareScreen key={route.journeyId} journeyId={route.journeyId} />
      ) : (
        <p data-testid="route">{route.name === 'journey' ? `journey ${route.journeyId}` : route.name}</p>
      )}
    </ServicesProvider>
  );
}

async function openComparison() {
  const db = freshDb();
  const b = journey('Renewal');
  const [discover] = b.stages('Discover', 'Buy');
  b.touchpoint(discover!, { title: 'Reads the reminder', emotion: -1 });
  const current = await createJourneyFromDocument(db, b.build(), []);
  const made = await createFutureState(db, current.id);
  if (!made.ok) throw new Error(made.message);
  render(<Screens db={db} start={{ name: 'compare', journeyId: made.journey.id }} />);
  const heading = await screen.findByRole('heading', { name: 'Current vs future state' });
  // The screen's effects (focus to the title, then the Escape listener) have run once the title has focus;
  // the title can be on screen a moment before they run, and a key pressed then would go unheard.
  await waitFor(() => expect(document.activeElement).toBe(heading));
  return made.journey.id;
}

afterEach(cleanup);

describe('Escape on the future-state comparison', () => {
  it('goes back to the future-state journey, as the back button does', async () => {
    const futureId = await openComparison();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect((await screen.findByTestId('route')).textContent).toBe(`journey ${futureId}`);
  });

  it('stays while the key belongs to a text box or an open menu', async () => {
    await openComparison();
    const box = document.createElement('input');
    document.body.append(box);
    act(() => box.focus());
    fireEvent.keyDown(box, { key: 'Escape' });
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    document.body.append(menu);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByTestId('route')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Current vs future state' })).toBeTruthy();
    box.remove();
    menu.remove();
  });

  it('is named on the back button and listed in the shortcut sheet', async () => {
    await openComparison();
    const back = screen.getByRole('button', { name: /Back to the journey/ });
    expect(back.getAttribute('title')).toBe('Back to the future-state journey (Esc)');
    const listed = EDITOR_SLOTS.shortcuts.flatMap((g) =>
      g.items.map((s) => `${t(g.group)}: ${s.keys} ${t(s.description)}`),
    );
    expect(listed).toContain('Current vs future state: Esc Back to the journey');
  });
});

describe("Escape on the comparison's problem screens", () => {
  /** Opens the comparison of a future state after `spoil` has broken it; resolves once the way back has focus. */
  async function openProblem(
    spoil: (db: WaymarkDB, ids: { current: JourneyId; future: JourneyId }) => Promise<unknown>,
  ) {
    const db = freshDb();
    const b = journey('Renewal');
    const [discover] = b.stages('Discover');
    b.touchpoint(discover!, { title: 'Reads the reminder', emotion: -1 });
    const current = await createJourneyFromDocument(db, b.build(), []);
    const made = await createFutureState(db, current.id);
    if (!made.ok) throw new Error(made.message);
    await spoil(db, { current: current.id, future: made.journey.id });
    render(<Screens db={db} start={{ name: 'compare', journeyId: made.journey.id }} />);
    await screen.findByRole('alert');
    // The screen's effects (its Escape listener, then focus to the way back) have run once the button has focus.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-keyshortcuts')).toBe('Escape'));
    return made.journey.id;
  }

  it('goes back to the library when the future state is in the trash', async () => {
    await openProblem((db, ids) => moveToTrash(db, ids.future));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t('insights.compare.futureMissingTitle'));
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect((await screen.findByTestId('route')).textContent).toBe('library');
  });

  it('goes back to the future-state journey when the current state is in the trash', async () => {
    const futureId = await openProblem((db, ids) => moveToTrash(db, ids.current));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t('insights.compare.currentTrashedTitle'));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect((await screen.findByTestId('route')).textContent).toBe(`journey ${futureId}`);
  });
});
