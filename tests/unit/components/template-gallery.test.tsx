// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emotionColour } from '../../../renderer/src/domain';
import {
  buildOnlineOrderTemplate,
  JOURNEY_TEMPLATES,
  searchTemplates,
  type JourneyTemplate,
} from '../../../renderer/src/domain/templates';
import { LibraryHeader } from '../../../renderer/src/library/LibraryHeader';
import { TemplateGallery } from '../../../renderer/src/library/TemplateGallery';
import { previewOf } from '../../../renderer/src/library/template-preview';
import { ARMENIAN, MALAYALAM, TAMIL } from '../../fixtures/seed-text';

afterEach(cleanup);

/** Templates with seed-text names and industries, built from the online order. */
const FAKE: JourneyTemplate[] = [
  {
    id: 'ta',
    name: TAMIL[0],
    industry: TAMIL[3],
    language: 'ta',
    description: TAMIL[1],
    build: buildOnlineOrderTemplate,
  },
  {
    id: 'hy',
    name: ARMENIAN[0],
    industry: 'Telecom',
    language: 'hy',
    description: ARMENIAN[1],
    build: buildOnlineOrderTemplate,
  },
  {
    id: 'en',
    name: 'Hospital outpatient visit',
    industry: 'Healthcare',
    language: 'en',
    description: 'Referral to follow-up.',
    build: buildOnlineOrderTemplate,
  },
  {
    id: 'ml',
    name: MALAYALAM[0],
    industry: 'Hotel',
    language: 'ml',
    description: MALAYALAM[2],
    build: buildOnlineOrderTemplate,
  },
];

const cardNames = () =>
  within(screen.getByRole('list', { name: 'Templates' }))
    .getAllByRole('button')
    .map((b) => b.querySelector('.template-card-name')?.textContent);

describe('searchTemplates', () => {
  it('finds by name, industry, description and language, in any script and case', () => {
    expect(searchTemplates(FAKE, 'healthcare').map((t) => t.id)).toEqual(['en']);
    expect(searchTemplates(FAKE, 'HOSPITAL visit').map((t) => t.id)).toEqual(['en']);
    expect(searchTemplates(FAKE, 'telecom').map((t) => t.id)).toEqual(['hy']);
    // A Tamil word of the industry, an Armenian word of the description, a Malayalam word of the name.
    expect(searchTemplates(FAKE, 'மேலாண்மை').map((t) => t.id)).toEqual(['ta']);
    expect(searchTemplates(FAKE, ARMENIAN[1].split(' ')[0]!).map((t) => t.id)).toEqual(['hy']);
    expect(searchTemplates(FAKE, 'ബിസിനെസ്സ്').map((t) => t.id)).toEqual(['ml']);
    // The language by its own name.
    expect(searchTemplates(FAKE, 'Հայերեն').map((t) => t.id)).toEqual(['hy']);
    expect(searchTemplates(FAKE, 'தமிழ்').map((t) => t.id)).toEqual(['ta']);
    expect(searchTemplates(FAKE, '   ')).toHaveLength(FAKE.length);
    expect(searchTemplates(FAKE, 'zeppelin')).toEqual([]);
  });
});

describe('template preview', () => {
  it('counts the template and draws its cards, connections, stages and emotion curve', () => {
    const doc = buildOnlineOrderTemplate(0);
    const preview = previewOf(doc);
    expect(preview.stageCount).toBe(doc.stages.length);
    expect(preview.touchpointCount).toBe(doc.touchpoints.length);
    const t = preview.thumbnail;
    expect(t.stages.map((s) => s.colour)).toEqual(doc.stages.map((s) => s.colour));
    expect(t.cards.map((c) => c.colour)).toEqual(doc.touchpoints.map((tp) => emotionColour(tp.emotion)));
    expect(t.links.map((l) => l.kind).sort()).toEqual(doc.connections.map((c) => c.kind).sort());
    // The curve runs left to right in the band under the map, lowest at the damaged parcel (−3).
    expect(t.curve.length).toBeGreaterThan(5);
    const xs = t.curve.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const p of t.curve) expect(p.y).toBeGreaterThan(t.bandTop);
    for (const p of t.curve) expect(p.y).toBeLessThan(t.height);
    const cardsBottom = Math.max(...t.cards.map((c) => c.y + t.cardHeight));
    expect(t.bandTop).toBeGreaterThan(cardsBottom);
    expect(Math.max(...t.curve.map((p) => p.y))).toBeGreaterThan(t.zeroY);
  });
});

describe('template preview of a blueprint', () => {
  it('draws the lanes of a template that has them, and none for one that has not', () => {
    const hospital = JOURNEY_TEMPLATES.find((t) => t.id === 'hospital-outpatient-visit')!.build(0);
    const lanes = previewOf(hospital).thumbnail.lanes;
    expect(lanes.map((l) => l.colour)).toEqual(hospital.lanes.map((l) => l.colour));
    expect(lanes).toHaveLength(5);
    lanes.slice(1).forEach((l, i) => expect(l.y).toBeCloseTo(lanes[i]!.y + lanes[i]!.height, 6));
    const t = previewOf(hospital).thumbnail;
    expect(t.bandTop).toBeGreaterThan(lanes[4]!.y + lanes[4]!.height);
    // A tall blueprint is squeezed so its map is at most 0.42 of its width high; each card stays inside its lane.
    expect(t.bandTop).toBeLessThanOrEqual(t.width * 0.42 + 40 + 1e-6);
    const laneOfCard = hospital.touchpoints.map((tp) => hospital.lanes.findIndex((l) => l.id === tp.laneId));
    t.cards.forEach((c, i) => {
      const lane = lanes[laneOfCard[i]!]!;
      expect(c.y).toBeGreaterThanOrEqual(lane.y);
      expect(c.y + t.cardHeight).toBeLessThanOrEqual(lane.y + lane.height + 1e-6);
    });
    const order = previewOf(buildOnlineOrderTemplate(0)).thumbnail;
    expect(order.lanes).toEqual([]);
    // A map that is not too tall keeps its proportions.
    expect(order.cardHeight).toBe(96);
  });
});

describe('TemplateGallery (component)', () => {
  it('shows each template as a card with its thumbnail, industry, counts and language, and creates it on click', () => {
    const onChoose = vi.fn();
    render(<TemplateGallery templates={JOURNEY_TEMPLATES} onChoose={onChoose} />);
    expect(cardNames()).toEqual(JOURNEY_TEMPLATES.map((t) => t.name));
    const first = JOURNEY_TEMPLATES[0]!;
    const card = screen.getByRole('button', { name: first.name });
    const doc = first.build(0);
    expect(card.querySelector('svg.template-thumb')).not.toBeNull();
    expect(card.querySelectorAll('.template-thumb-card')).toHaveLength(doc.touchpoints.length);
    const described = card
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' | ');
    expect(described).toContain(first.industry);
    expect(described).toContain(`${doc.stages.length} stages · ${doc.touchpoints.length} touchpoints`);
    expect(described).toContain('English');
    expect(described).toContain(first.description);
    fireEvent.click(card);
    expect(onChoose).toHaveBeenCalledWith(first.id);
  });

  it('filters as the user types in any script, and says so when nothing matches', () => {
    render(<TemplateGallery templates={FAKE} onChoose={vi.fn()} />);
    const search = screen.getByRole('searchbox', { name: /Search templates/ });
    expect(screen.getByRole('status').textContent).toBe('4 templates');
    fireEvent.change(search, { target: { value: 'மேலாண்மை' } });
    expect(cardNames()).toEqual([TAMIL[0]]);
    expect(screen.getByRole('status').textContent).toBe('1 template found');
    expect(screen.getByRole('listitem').getAttribute('lang')).toBe('ta');

    fireEvent.change(search, { target: { value: 'zeppelin' } });
    expect(screen.queryByRole('list', { name: 'Templates' })).toBeNull();
    expect(screen.getByText(/No template matches “zeppelin”/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 templates found');
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect((search as HTMLInputElement).value).toBe('');
    expect(cardNames()).toHaveLength(FAKE.length);
    expect(document.activeElement).toBe(search);
  });

  it('moves between the search box and the cards with the arrow keys, Home and End', () => {
    render(<TemplateGallery templates={FAKE} onChoose={vi.fn()} />);
    const search = screen.getByRole('searchbox', { name: /Search templates/ });
    const cards = within(screen.getByRole('list', { name: 'Templates' })).getAllByRole('button');
    search.focus();
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cards[0]);
    fireEvent.keyDown(cards[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cards[1]);
    fireEvent.keyDown(cards[1]!, { key: 'End' });
    expect(document.activeElement).toBe(cards[3]);
    fireEvent.keyDown(cards[3]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(cards[2]);
    fireEvent.keyDown(cards[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(cards[0]);
    fireEvent.keyDown(cards[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(search);
  });
});

describe('LibraryHeader template button (component)', () => {
  it('opens the gallery in a dialog, and a chosen card closes it and creates that template', () => {
    const onNewFromTemplate = vi.fn();
    render(
      <LibraryHeader
        trashed={false}
        trashCount={0}
        query=""
        onQuery={vi.fn()}
        sort="edited"
        onSort={vi.fn()}
        searchRef={{ current: null }}
        canEmptyTrash={false}
        onOpenFiles={vi.fn()}
        onNewJourney={vi.fn()}
        onNewFromTemplate={onNewFromTemplate}
        onEmptyTrash={vi.fn()}
      />,
    );
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Templates' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    const last = JOURNEY_TEMPLATES[JOURNEY_TEMPLATES.length - 1]!;
    fireEvent.click(within(dialog).getByRole('button', { name: last.name, hidden: true }));
    expect(onNewFromTemplate).toHaveBeenCalledWith(last.id);
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
  });
});
