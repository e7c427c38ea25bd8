/**
 * The live figure with the host in Chromium reads two counts from the
 * workshop panel's text (tests/bench/live-arrivals.ts). The lines are made
 * here with the app's own English catalogue, as the Session section and the
 * hidden tally make them, so a count of one ("1 note", "1 dot placed") and a
 * reworded line are caught here rather than in a failed benchmark run.
 */
import { describe, expect, it } from 'vitest';
import { countParams, i18n } from '../../../renderer/src/i18n';
import { arrivalsFromChanges, matchInSendOrder, readPanelCounts } from '../../bench/live-arrivals';

/** The open workshop panel's paragraphs, as the probe joins them, for these counts. */
function panelText(notes: number, dots: number): string {
  const t = i18n.getFixedT('en');
  const added = t('workshop.session.added', {
    touchpoints: t('workshop.count.touchpoints', countParams(0)),
    notes: t('workshop.count.notes', countParams(notes)),
    questions: t('workshop.count.questions', countParams(0)),
  });
  return [
    `${t('workshop.session.startedAt')} 17:02. ${added}`,
    'Contributor: adds sticky notes and votes.',
    t('workshop.vote.hiddenTally', countParams(dots)),
    '',
  ].join('\n');
}

describe('the live probe’s panel counts', () => {
  it('reads none, one and many notes and dots from the app’s own lines', () => {
    expect(readPanelCounts(panelText(0, 0))).toEqual({ notes: 0, votes: 0 });
    expect(readPanelCounts(panelText(1, 1))).toEqual({ notes: 1, votes: 1 });
    expect(readPanelCounts(panelText(600, 150))).toEqual({ notes: 600, votes: 150 });
  });

  it('counts every increment through one, once per contribution, at the frame that showed it', () => {
    const changes = [
      { at: 1000, text: panelText(0, 0) },
      { at: 1016, text: panelText(1, 0) },
      { at: 1033, text: panelText(1, 1) },
      { at: 1050, text: panelText(3, 1) },
      { at: 1066, text: panelText(3, 2) },
    ];
    expect(arrivalsFromChanges(changes, 10)).toEqual({ note: [1006, 1040, 1040], vote: [1023, 1056] });
  });

  it('fails with a sentence quoting the panel when a count cannot be read, instead of dropping arrivals', () => {
    const changes = [
      { at: 1000, text: panelText(0, 0) },
      { at: 1016, text: 'Started at 17:02. Added since: 0 touchpoints, one note, 0 questions.\n(0 dots placed)' },
    ];
    expect(() => arrivalsFromChanges(changes, 0)).toThrow(
      /^The workshop panel's note and dot counts could not be read \(it said: "Started at 17:02\. Added since: 0 touchpoints, one note/,
    );
    expect(() => arrivalsFromChanges([], 0)).toThrow('The workshop panel did not show its note and dot counts');
  });

  it('matches the n-th send of each kind with that kind’s n-th arrival', () => {
    const sends = [
      { kind: 'note' as const, at: 30 },
      { kind: 'vote' as const, at: 5 },
      { kind: 'note' as const, at: 10 },
    ];
    expect(matchInSendOrder(sends, { note: [50, 70], vote: [] })).toEqual([40, 40]);
  });
});
