// @vitest-environment happy-dom
/**
 * A journey with a 1,000-character title keeps its library card to three lines of title (a CSS clamp),
 * with the whole title in the tooltip and in the open button's name; it made the card a page tall.
 */
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createJourney } from '../../../renderer/src/domain/factories';
import { JourneyCard } from '../../../renderer/src/library/JourneyCard';
import { MALAYALAM } from '../../fixtures/seed-text';
import { cardHandlers } from './library-fixtures';

afterEach(cleanup);

describe('a library card with a very long title', () => {
  it('clamps the title to three lines and keeps the whole title in its tooltip and name', () => {
    let title = '';
    while (title.length < 1000) title += `${MALAYALAM[title.length % MALAYALAM.length]} `;
    title = title.slice(0, 1000).trim();
    const summary = { journey: createJourney({ title }, 1000), stageCount: 6, touchpointCount: 0 };
    render(
      <ul>
        <JourneyCard summary={summary} renaming={false} {...cardHandlers()} />
      </ul>,
    );
    const shown = document.querySelector('.card-title')!;
    expect(shown.textContent).toBe(title);
    expect(shown.getAttribute('title')).toBe(title);
    expect(screen.getByRole('button', { name: new RegExp(`^${title.slice(0, 40)}`) })).toBeTruthy();
    const css = readFileSync('renderer/src/library/library.css', 'utf8');
    const rule = /(^|\n)\.card-title\s*\{([^}]*)\}/.exec(css)?.[2] ?? '';
    expect(rule).toMatch(/-webkit-line-clamp:\s*3/);
    expect(rule).toMatch(/overflow:\s*hidden/);
  });
});
