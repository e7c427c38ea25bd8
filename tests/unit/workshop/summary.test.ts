import { describe, expect, it } from 'vitest';
import { createNote } from '../../../renderer/src/domain/factories';
import { newId } from '../../../renderer/src/domain/ids';
import { JourneyDocumentSchema } from '../../../renderer/src/domain/model';
import { buildSessionSummary, topWithTies } from '../../../renderer/src/domain/workshop/summary';
import { workshopSummaryMarkdown } from '../../../renderer/src/domain/workshop/markdown';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { summaryWords } from '../../../renderer/src/workshop/export-summary';
import { smallJourney } from '../editor/fixtures';
import { ARMENIAN, MALAYALAM, TAMIL } from '../../fixtures/seed-text';

const START = Date.UTC(2025, 2, 14, 9, 0);

function sessionDoc() {
  const doc = smallJourney();
  const j = doc.journey.id;
  doc.journey = { ...doc.journey, workshop: { ...doc.journey.workshop, sessionStartedAt: START } };
  doc.touchpoints = doc.touchpoints.map((t, i) => ({ ...t, createdAt: i === 0 ? START + 5 * 60_000 : START - 1 }));
  doc.notes = [
    createNote({
      journeyId: j,
      text: TAMIL[3],
      kind: 'question',
      position: { x: 400, y: -150 },
      createdAt: START + 60_000,
    }),
    createNote({ journeyId: j, text: ARMENIAN[0], position: { x: 20, y: -150 }, createdAt: START + 2 * 60_000 }),
    createNote({ journeyId: j, text: 'Before the session', position: { x: 20, y: -300 }, createdAt: START - 10 }),
    createNote({ journeyId: j, text: 'Old data', position: { x: 20, y: -450 }, createdAt: null }),
  ];
  return doc;
}

/** A session with a voted pain point, a cluster, a question and the parking lot. */
function votedSessionDoc() {
  const doc = sessionDoc();
  const pain = {
    id: newId('pain'),
    text: `${MALAYALAM[0]} <b>*bold*</b>`,
    severity: 3 as const,
    originId: null,
    evidence: null,
  };
  doc.touchpoints[2] = { ...doc.touchpoints[2]!, painPoints: [pain] };
  const voter = { id: newId('voter'), name: 'Ana', colour: '#e03131' };
  const cluster = { id: newId('cluster'), title: 'Delivery' };
  doc.notes[1] = { ...doc.notes[1]!, clusterId: cluster.id };
  doc.journey = {
    ...doc.journey,
    workshop: {
      ...doc.journey.workshop,
      voters: [voter],
      votes: [{ id: newId('vote'), voterId: voter.id, targetKind: 'pain', targetId: pain.id, castAt: START }],
      clusters: [cluster],
      parkingLot: [{ id: newId('parking'), text: 'Pricing page redesign', createdAt: START }],
    },
  };
  return JourneyDocumentSchema.parse(doc);
}

describe('session summary', () => {
  it('lists what was added since the session started, by time, with stages', () => {
    const s = buildSessionSummary(sessionDoc());
    expect(s.added.map((a) => [a.kind, a.text, a.stageName])).toEqual([
      ['question', TAMIL[3], 'Buy'],
      ['note', ARMENIAN[0], 'Discover'],
      ['touchpoint', 'Discover 1', 'Discover'],
    ]);
    expect(s.counts).toEqual({ touchpoints: 1, notes: 1, questions: 1, votes: 0 });
    expect(s.openQuestions.map((q) => q.text)).toEqual([TAMIL[3]]);
  });

  it('without a session, nothing counts as added but questions are still open', () => {
    const doc = sessionDoc();
    doc.journey = { ...doc.journey, workshop: { ...doc.journey.workshop, sessionStartedAt: null } };
    const s = buildSessionSummary(doc);
    expect(s.added).toEqual([]);
    expect(s.openQuestions).toHaveLength(1);
  });

  it('top-voted keeps ties at the cut-off', () => {
    const rows = [1, 2, 2, 2, 5].map((rank, i) => ({ rank, votes: 10 - rank, id: String(i) }));
    expect(topWithTies(rows as never, 2)).toHaveLength(4);
    expect(topWithTies(rows as never, 1)).toHaveLength(1);
  });

  it('writes Markdown with votes, questions, the timeline, clusters and the parking lot, escaping user text', () => {
    const md = workshopSummaryMarkdown(votedSessionDoc(), { timeZone: 'UTC' });
    expect(md).toContain('# Workshop summary: Small');
    expect(md).toContain('Session started 14 March 2025 at 09:00.');
    expect(md).toContain(`- 1. **${MALAYALAM[0]} \\<b\\>\\*bold\\*\\</b\\>** (pain point; Buy 1, Buy) — 1 dot`);
    expect(md).toContain(`## Open questions\n\n- ${TAMIL[3]} (Buy)`);
    expect(md).toContain(`- 09:01 — Question: ${TAMIL[3]} (Buy)`);
    expect(md).toContain(`- **Delivery** (1)\n  - ${ARMENIAN[0]}`);
    expect(md).toContain('## Parking lot\n\n- Pricing page redesign');
    expect(md).not.toContain('<b>');
  });

  it('is empty for a journey without workshop content', () => {
    expect(workshopSummaryMarkdown(smallJourney())).toBe('');
  });

  it('is written in the interface language when the workshop exports it, English unchanged', async () => {
    const doc = votedSessionDoc();
    const english = workshopSummaryMarkdown(doc, { timeZone: 'UTC' });
    expect(workshopSummaryMarkdown(doc, { timeZone: 'UTC', words: summaryWords() })).toBe(english);
    await setUiLanguage('ta');
    try {
      const tamil = workshopSummaryMarkdown(doc, { timeZone: 'UTC', words: summaryWords(), locale: 'ta-IN' });
      expect(tamil).toContain('# பணிமனைச் சுருக்கம்: Small');
      expect(tamil).toContain('(வலிப்புள்ளி; Buy 1, Buy) — 1 புள்ளி');
      expect(tamil).toContain('## திறந்த கேள்விகள்');
      expect(tamil).toContain(`— கேள்வி: ${TAMIL[3]} (Buy)`);
      expect(tamil).toContain('## நிறுத்திவைப்புப் பட்டியல்');
      // Only the journey's own text (its title, stages, the parking-lot item, the pasted HTML) and the
      // clock's AM/PM as ICU writes them for ta-IN stay Latin.
      const words = tamil
        .replace(/\b(AM|PM)\b|Small|Discover|Buy 1|Buy|Delivery|Pricing page redesign|\\<b\\>|\\<\/b\\>|bold/g, '')
        .match(/[A-Za-z]{2,}/g);
      expect(words).toBeNull();
    } finally {
      await setUiLanguage('en');
    }
  });
});
