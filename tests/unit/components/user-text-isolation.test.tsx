// @vitest-environment happy-dom
/**
 * A title with a right-to-left override (U+202E) or in a right-to-left script, shown next to the
 * app's own words, is isolated (`<bdi>`): it may read reversed itself, but it cannot carry on
 * into the words after it ("linked back", a client's name, "· 3 touchpoints", "→ Future state")
 * and turn them around, as it did where the title was a bare text run beside them.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { useMemo } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJourney, newPainPoint } from '../../../renderer/src/domain/factories';
import CompareScreen from '../../../renderer/src/insights-ui/CompareScreen';
import { createFutureState } from '../../../renderer/src/insights-ui/future-state';
import { JourneyGrid } from '../../../renderer/src/library/JourneyGrid';
import { JourneyTree } from '../../../renderer/src/library/JourneyTree';
import { TrashList } from '../../../renderer/src/library/TrashList';
import { ServicesProvider } from '../../../renderer/src/services';
import { createCommandBus } from '../../../renderer/src/services/command-bus';
import {
  createJourneyFromDocument,
  renameJourney,
  type JourneySummary,
  type WaymarkDB,
} from '../../../renderer/src/storage';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';
import { freshDb } from '../storage/helpers';
import { gridActions } from './library-fixtures';

afterEach(cleanup);

const RLO = '\u202E';
const HOSTILE = `${TAMIL[0]!.slice(0, 12).trim()} ${RLO}gnp.exe`;

/** The element that isolates the text node holding `text`, if any. */
function isolating(text: string): Element | null {
  const holder = [...document.querySelectorAll('*')].find((e) =>
    [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent === text),
  );
  if (!holder) throw new Error(`"${text}" is not shown`);
  return holder.closest('bdi, [dir="auto"]');
}

const summary = (title: string, client = ''): JourneySummary => ({
  journey: { ...createJourney({ title, client }, 1000), deletedAt: null },
  stageCount: 2,
  touchpointCount: 3,
});

describe('a hostile title beside the app’s words', () => {
  it('is isolated on a library card, in the tree and in the trash', () => {
    const s = summary(HOSTILE, 'Acme');
    render(<JourneyGrid summaries={[s]} renaming={null} actions={gridActions()} />);
    expect(isolating(HOSTILE)).not.toBeNull();
    expect(isolating('Acme')).not.toBeNull();
    expect(isolating(HOSTILE)).not.toBe(isolating('Acme'));
    cleanup();

    render(<JourneyTree roots={[{ journey: s.journey, children: [], repeated: true }]} onOpen={vi.fn()} />);
    expect(isolating(HOSTILE)?.textContent).toBe(HOSTILE);
    cleanup();

    render(
      <TrashList
        summaries={[{ ...s, journey: { ...s.journey, deletedAt: 2000 } }]}
        actions={{ restore: vi.fn(), purge: vi.fn() }}
      />,
    );
    expect(isolating(HOSTILE)?.textContent).toBe(HOSTILE);
  });

  it('is isolated in the comparison’s names line and pain points', async () => {
    const db = freshDb();
    const b = journey(HOSTILE);
    const [discover] = b.stages(`${RLO}Discover`);
    b.touchpoint(discover!, {
      title: 'Reads the reminder',
      emotion: -1,
      painPoints: [newPainPoint(`${RLO}Slow reply`, 2)],
    });
    const current = await createJourneyFromDocument(db, b.build(), []);
    const made = await createFutureState(db, current.id);
    if (!made.ok) throw new Error(made.message);
    await renameJourney(db, made.journey.id, `${RLO}Future plan`);
    render(<Compare db={db} journeyId={made.journey.id} />);
    await screen.findByRole('heading', { name: 'Current vs future state' });
    for (const text of [HOSTILE, `${RLO}Future plan`, `${RLO}Discover`, `${RLO}Slow reply`]) {
      expect(isolating(text)?.textContent).toBe(text);
    }
  });
});

function Compare({ db, journeyId }: { db: WaymarkDB; journeyId: Parameters<typeof CompareScreen>[0]['journeyId'] }) {
  const services = useMemo(() => ({ db, navigate: vi.fn(), commands: createCommandBus() }), [db]);
  return (
    <ServicesProvider services={services}>
      <CompareScreen journeyId={journeyId} />
    </ServicesProvider>
  );
}
