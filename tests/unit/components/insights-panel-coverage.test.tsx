// @vitest-environment happy-dom
/**
 * The insights panel's "Coverage gaps" heading always has something under it: the gaps, or, when the
 * map has none (every stage with touchpoints, every touchpoint with an emotion and a channel, every
 * persona with its own emotions), a line saying so in the interface language. It used to end the
 * panel as a heading over an empty list.
 * Its emotion figures are written as the domain writes numbers: a true minus sign, not a hyphen.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import { InsightsPanel } from '../../../renderer/src/editor/panels/InsightsPanel';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';

afterEach(async () => {
  cleanup();
  await setUiLanguage('en');
});

function renderPanel(doc: JourneyDocument) {
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  render(
    <EditorStoreContext.Provider value={store}>
      <EditorActionsContext.Provider value={{} as EditorActions}>
        <InsightsPanel />
      </EditorActionsContext.Provider>
    </EditorStoreContext.Provider>,
  );
}

const coverageSection = () => document.querySelector('[aria-labelledby="ins-coverage"]')!;

describe('the insights panel’s coverage gaps', () => {
  it('says in Telugu that there are none when the template journey has none', async () => {
    await setUiLanguage('te');
    renderPanel(buildOnlineOrderTemplate(0));
    const section = coverageSection();
    expect(section.querySelector('h3')?.textContent).toBe('కవరేజ్ లోపాలు');
    expect(section.querySelectorAll('li')).toHaveLength(0);
    expect(section.querySelector('p')?.textContent).toBe('కవరేజ్ లోపాలు ఏవీ లేవు.');
  });

  it('lists the gaps, without the "none" line, when there are some', () => {
    const doc = buildOnlineOrderTemplate(0);
    const first = doc.touchpoints[0]!;
    const gappy: JourneyDocument = {
      ...doc,
      touchpoints: doc.touchpoints.map((t) => (t.id === first.id ? { ...t, emotion: null } : t)),
    };
    renderPanel(gappy);
    const section = coverageSection();
    expect(section.textContent).toContain(first.title);
    expect(section.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(section.textContent).not.toContain('No coverage gaps.');
  });
});

describe('the insights panel’s emotion figures', () => {
  it('write a negative emotion with a true minus sign, as the rest of the panel and the report do', () => {
    renderPanel(buildOnlineOrderTemplate(0));
    const figures = [...document.querySelectorAll('.signed')].map((s) => s.textContent ?? '');
    expect(figures.some((f) => f.startsWith('\u2212'))).toBe(true);
    expect(figures.filter((f) => f.startsWith('-'))).toEqual([]);
  });

  it('says what a hot spot’s number is: a score out of 100, in its tooltip and to a screen reader', () => {
    renderPanel(buildOnlineOrderTemplate(0));
    const item = document.querySelector('[aria-labelledby="ins-hot"] li button')!;
    const score = item.querySelector('.hot-score')!;
    expect(score.getAttribute('title')).toBe(`score ${score.textContent}/100`);
    expect(score.getAttribute('aria-hidden')).toBe('true');
    expect(item.querySelector('.sr-only')?.textContent).toBe(`score ${score.textContent}/100: `);
  });

  it('says there is no moment that matters on a blank journey, rather than a heading over nothing', () => {
    const doc = buildOnlineOrderTemplate(0);
    renderPanel({ ...doc, touchpoints: [], connections: [] });
    const section = document.querySelector('[aria-labelledby="ins-moments"]')!;
    expect(section.querySelector('p')?.textContent).toBe(
      'No moment of truth, delight or failure connection marked yet.',
    );
  });
});
