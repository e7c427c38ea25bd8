import { describe, expect, it } from 'vitest';
import { evidenceRank, evidenceSentence, evidenceSummary, meetsEvidence } from '../../../renderer/src/domain/evidence';
import { newPainPoint } from '../../../renderer/src/domain/factories';
import { PainPointSchema, TouchpointSchema, type JourneyDocument } from '../../../renderer/src/domain/model';
import { findMatches } from '../../../renderer/src/editor/search/match';
import { EMPTY_FILTERS, filtersActive } from '../../../renderer/src/editor/ui-store';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { evidenceLegend, evidencePill } from '../../../renderer/src/reports/sections/evidence';
import { smallJourney } from '../editor/fixtures';
import { TAMIL, TELUGU } from '../../fixtures/seed-text';
import { reportOptions } from '../reports/fixture';

/** smallJourney's four touchpoints: data, research (with an assumption and a data pain point), anecdote, none. */
function evidencedJourney(): JourneyDocument {
  const doc = smallJourney();
  const [a, b, c, d] = doc.touchpoints;
  doc.touchpoints = [
    { ...a!, evidence: 'data' },
    {
      ...b!,
      evidence: 'research',
      painPoints: [
        { ...newPainPoint(TAMIL[1], 3), evidence: 'assumption' },
        { ...newPainPoint(TELUGU[1], 2), evidence: 'data' },
      ],
    },
    { ...c!, evidence: 'anecdote' },
    { ...d!, evidence: null, painPoints: [newPainPoint('Unsure')] },
  ];
  return doc;
}

describe('evidence levels', () => {
  it('default to null on touchpoints and pain points, so older rows and files read, and refuse unknown levels', () => {
    const t = TouchpointSchema.parse({
      id: `touchpoint:${'1'.repeat(32)}`,
      journeyId: `journey:${'2'.repeat(32)}`,
      stageId: `stage:${'3'.repeat(32)}`,
      painPoints: [{ id: `pain:${'4'.repeat(32)}` }],
    });
    expect(t.evidence).toBeNull();
    expect(t.painPoints[0]!.evidence).toBeNull();
    expect(TouchpointSchema.safeParse({ ...t, evidence: 'rumour' }).success).toBe(false);
    expect(PainPointSchema.safeParse({ ...t.painPoints[0], evidence: 'research' }).success).toBe(true);
  });

  it('are ordered assumption < anecdote < research < data, with no level below them all', () => {
    expect([null, 'assumption', 'anecdote', 'research', 'data'].map((l) => evidenceRank(l as never))).toEqual([
      -1, 0, 1, 2, 3,
    ]);
    expect(meetsEvidence('data', 'research')).toBe(true);
    expect(meetsEvidence('research', 'research')).toBe(true);
    expect(meetsEvidence('anecdote', 'research')).toBe(false);
    expect(meetsEvidence(null, 'assumption')).toBe(false);
    expect(meetsEvidence(null, null)).toBe(true);
  });

  it('count touchpoints and pain points by level, and say how much of the map is backed by data', () => {
    const s = evidenceSummary(evidencedJourney());
    expect(s.items).toBe(7);
    expect(s.touchpoints).toEqual({ assumption: 0, anecdote: 1, research: 1, data: 1, none: 1 });
    expect(s.painPoints).toEqual({ assumption: 1, anecdote: 0, research: 0, data: 1, none: 1 });
    expect(s.dataShare).toBe(29);
    expect(s.researchOrDataShare).toBe(43);
    expect(evidenceSentence(s)).toBe(
      '2 of 7 touchpoints and pain points (29 %) are backed by data and 1 more by research; 2 rest on assumptions or anecdotes; 2 have no evidence level.',
    );
    expect(evidenceSentence(evidenceSummary({ touchpoints: [] }))).toBe('The map has no touchpoints yet.');
    expect(evidenceSummary({ touchpoints: [] }).dataShare).toBeNull();
  });
});

describe('the canvas evidence filter', () => {
  it('keeps lit the touchpoints at or above the level and dims the rest, those without a level too', () => {
    const doc = evidencedJourney();
    const ids = doc.touchpoints.map((t) => t.id);
    const filters = { ...EMPTY_FILTERS, minEvidence: 'research' as const };
    expect(filtersActive(filters)).toBe(true);
    expect(findMatches(doc.touchpoints, [], filters)).toEqual([ids[0], ids[1]]);
    expect(findMatches(doc.touchpoints, [], { ...filters, minEvidence: 'assumption' })).toEqual(ids.slice(0, 3));
    expect(filtersActive(EMPTY_FILTERS)).toBe(false);
  });
});

describe('evidence in the report', () => {
  const labels = REPORT_LABELS.en;

  it('prints a marker beside touchpoints and pain points, and a legend explaining every level', () => {
    const doc = evidencedJourney();
    const html = buildReportHtml(doc, reportOptions(), { fonts: [], personaPhotos: {} });
    const stages = html.slice(html.indexOf('id="sec-stages"'));
    const legend = stages.slice(
      stages.indexOf('evidence-legend'),
      stages.indexOf('</div>', stages.indexOf('evidence-legend')),
    );
    for (const level of ['Assumption', 'Anecdote', 'Research', 'Data']) expect(legend).toContain(`${level}</span>`);
    expect(legend).toContain('measured in analytics');
    expect(stages).toContain(`${evidencePill('assumption', labels)} ${TAMIL[1]}`);
    expect(stages.match(/class="pill evidence ev-data"/g)?.length).toBe(2 + 1);
    expect(evidencePill(null, labels)).toBe('');
  });

  it('leaves the legend out of a journey that has no evidence levels', () => {
    const doc = smallJourney();
    expect(evidenceLegend(doc, labels)).toBe('');
    const html = buildReportHtml(doc, reportOptions(), { fonts: [], personaPhotos: {} });
    expect(html).not.toContain('class="legend evidence-legend"');
    expect(html).not.toContain('class="pill evidence');
  });
});
