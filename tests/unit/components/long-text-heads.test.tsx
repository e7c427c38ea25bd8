// @vitest-environment happy-dom
/**
 * A long-text field (up to 100,000 characters) is shown by its head wherever only its first lines can
 * show: the opportunity matrix's and the loyalty lens's lists, a presenting stage's caption. The
 * browser lays out all of a text it is given, clamped or not: with such texts the matrix panel froze
 * the window 9 s and presenting a stage 8 s (web build, Chromium). The journey keeps the whole text.
 */
import { act, cleanup, render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import { LIMITS, type JourneyDocument } from '../../../renderer/src/domain/model';
import { newOpportunity, newPainPoint } from '../../../renderer/src/domain';
import { LoyaltyLensPanel } from '../../../renderer/src/insights-ui/LoyaltyLensPanel';
import { OpportunityMatrixPanel } from '../../../renderer/src/insights-ui/OpportunityMatrixPanel';
import { ServicesProvider, type AppServices } from '../../../renderer/src/services';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { TEXT_HEAD_CHARS, textHead } from '../../../renderer/src/ui/text-head';
import { Presentation } from '../../../renderer/src/workshop/present/Presentation';
import { workshopUi } from '../../../renderer/src/workshop/workshop-ui';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL, textOfLength } from '../../fixtures/seed-text';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  workshopUi().reset();
});

/** Tamil text of `length` characters, one paragraph, as a pasted article without its line breaks. */
const tamil = (length: number) => textOfLength(TAMIL, length);

const LONG = tamil(LIMITS.longText);

/** A journey whose one touchpoint has a pain point and an opportunity of a long text's full length. */
function longJourney(): JourneyDocument {
  const b = journey('Long texts');
  const [discover] = b.stages('Discover');
  b.touchpoint(discover!, {
    title: 'Calls support',
    emotion: -2,
    painPoints: [newPainPoint(LONG, 3)],
    opportunities: [
      { ...newOpportunity(LONG), scores: { customerValue: 4, businessValue: 3, effort: 2, confidence: 3 } },
    ],
  });
  return b.build();
}

function renderWith(doc: JourneyDocument, panel: React.ReactNode) {
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  // The matrix reads other journeys from the database only when asked to show all of them.
  const services = { db: null } as unknown as AppServices;
  const view = render(
    <ServicesProvider services={services}>
      <ReactFlowProvider>
        <EditorStoreContext.Provider value={store}>
          <EditorActionsContext.Provider value={{ selectOnly: () => undefined } as unknown as EditorActions}>
            {panel}
          </EditorActionsContext.Provider>
        </EditorStoreContext.Provider>
      </ReactFlowProvider>
    </ServicesProvider>,
  );
  return { store, view };
}

/** The longest text of any one element or attribute under `root`. */
function longestShown(root: Element): number {
  let longest = 0;
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '');
    for (const s of [...own, ...[...el.attributes].map((a) => a.value)]) longest = Math.max(longest, s.length);
  }
  return longest;
}

describe('the head of a long text', () => {
  it('is the whole text up to its length, else its start and an ellipsis', () => {
    expect(textHead('')).toBe('');
    expect(textHead(TAMIL[0]!)).toBe(TAMIL[0]);
    const exact = tamil(TEXT_HEAD_CHARS);
    expect(textHead(exact)).toBe(exact);
    expect(textHead(LONG)).toBe(`${LONG.slice(0, TEXT_HEAD_CHARS)}…`);
    expect(textHead(`${'a'.repeat(9)}😀`, 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('is what the opportunity matrix lists and names, and the journey keeps the whole text', () => {
    const { store, view } = renderWith(longJourney(), <OpportunityMatrixPanel />);
    const head = textHead(LONG);
    expect(view.container.textContent).toContain(head);
    expect(longestShown(view.container)).toBeLessThan(TEXT_HEAD_CHARS * 2);
    const [tp] = Object.values(store.getState().doc.touchpoints);
    expect(tp!.opportunities[0]!.text).toBe(LONG);
  });

  it('is what the loyalty lens lists', () => {
    const { view } = renderWith(longJourney(), <LoyaltyLensPanel />);
    expect(view.container.textContent).toContain(textHead(LONG));
    expect(longestShown(view.container)).toBeLessThan(TEXT_HEAD_CHARS * 2);
  });

  it('the loyalty lens shows its unanswered cards in neutral tones until something is tagged', () => {
    const b = journey(TAMIL[0]);
    const tp = b.touchpoint(b.stage(TAMIL[1]!.slice(0, 20)), { title: TAMIL[2]!.slice(0, 30) });
    b.chain(tp);
    const untagged = renderWith(b.build(), <LoyaltyLensPanel />).view;
    expect(untagged.container.querySelector('.lens-panel')?.classList.contains('is-untagged')).toBe(true);
    cleanup();
    const doc = b.build();
    doc.touchpoints[0] = { ...doc.touchpoints[0]!, loyaltyQuestions: ['Why you?'] };
    const tagged = renderWith(doc, <LoyaltyLensPanel />).view;
    expect(tagged.container.querySelector('.lens-panel')?.classList.contains('is-untagged')).toBe(false);
    expect(tagged.container.querySelectorAll('.lens-card.is-unanswered').length).toBeGreaterThan(0);
  });

  it('is what a presenting stage’s caption says of its pain points and goal', () => {
    vi.useFakeTimers();
    const doc = longJourney();
    doc.stages[0] = { ...doc.stages[0]!, customerGoal: LONG };
    const { view } = renderWith(doc, <Presentation />);
    act(() => vi.advanceTimersByTime(200));
    const caption = view.container.querySelector('.ws-caption')!;
    expect(caption.textContent).toContain(textHead(LONG));
    expect(longestShown(caption)).toBeLessThan(TEXT_HEAD_CHARS * 2);
  });
});
