// @vitest-environment happy-dom
/**
 * The PowerPoint dialog and the Markdown export speak the journey's report
 * label language: the dialog starts from it (the interface language when
 * none is saved), names the fonts of the language chosen and builds the
 * deck in it; the Markdown export takes it as the viewer does.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { defaultReportSettings, saveReportSettings } from '../../../renderer/src/exports';
import { markdownOf } from '../../../renderer/src/files-ui/export/run-export';
import { usePptxExport } from '../../../renderer/src/files-ui/export/use-pptx-export';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { getHost } from '../../../renderer/src/platform';
import { REPORT_LABELS, type ReportLanguage } from '../../../renderer/src/reports';
import { journey } from '../../fixtures/journey-builder';
import { deckTexts } from '../exports/deck-text';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  window.localStorage.clear();
  await setUiLanguage('en');
});

/** A journey typed in Latin letters: any other script in an export comes from its labels. */
function latinJourney(): JourneyDocument {
  const b = journey('Renewal');
  const receive = b.stage('Receive');
  b.touchpoint(receive, {
    title: 'Parcel arrives',
    channel: 'delivery',
    emotion: -1,
    friction: { score: 3, types: ['waiting'] },
    pains: [2],
  });
  return b.build();
}

function saveLanguage(doc: JourneyDocument, language: ReportLanguage) {
  saveReportSettings(window.localStorage, doc.journey.id, { ...defaultReportSettings('en'), language });
}

/** The text runs of the deck's slides and notes. */
function deckText(bytes: Uint8Array): string {
  const { slides, notes } = deckTexts(bytes);
  return `${slides}\n${notes}`;
}

describe('the PowerPoint dialog’s slide labels', () => {
  it('start in the journey’s report label language, with the fonts it needs', () => {
    const doc = latinJourney();
    saveLanguage(doc, 'ta');
    const { result } = renderHook(() => usePptxExport(doc, () => undefined));
    expect(result.current.language).toBe('ta');
    expect(result.current.fonts.families).toContain('Noto Sans Tamil');
  });

  it('start in the interface language when the journey has no report settings', async () => {
    await setUiLanguage('te');
    const doc = latinJourney();
    const { result } = renderHook(() => usePptxExport(doc, () => undefined));
    expect(result.current.language).toBe('te');
    expect(result.current.fonts.families).toContain('Noto Sans Telugu');
  });

  it('build the deck in the language chosen, and the fonts note follows the choice', async () => {
    const doc = latinJourney();
    saveLanguage(doc, 'ta');
    const saveFile = vi.spyOn(getHost(), 'saveFile').mockResolvedValue({ name: 'Renewal.pptx', path: null });
    const onClose = vi.fn();
    const { result } = renderHook(() => usePptxExport(doc, onClose));
    act(() => result.current.setLanguage('hy'));
    expect(result.current.language).toBe('hy');
    expect(result.current.fonts.families).toEqual(['Noto Sans', 'Noto Sans Armenian']);
    await act(() => result.current.run());
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(result.current.error).toBeNull();
    const text = deckText(saveFile.mock.calls[0]![0].bytes);
    const hy = REPORT_LABELS.hy;
    expect(text).toContain(hy.sections.map);
    expect(text).toContain(hy.channels.delivery);
    expect(text).toContain(hy.frictionTypes.waiting);
    expect(text).toContain(`${hy.workshop.kind.pain}: pain 1`);
    expect(text).not.toContain(REPORT_LABELS.ta.sections.map);
    expect(text).not.toMatch(/Journey map|Delivery|Waiting|Pain point/);
  });
});

describe('the Markdown export', () => {
  it('is in Tamil when the journey’s report settings say Tamil', () => {
    const doc = latinJourney();
    saveLanguage(doc, 'ta');
    const md = markdownOf(doc);
    const ta = REPORT_LABELS.ta;
    expect(md).toContain(`- **${ta.table.channel}:** ${ta.channels.delivery}\n`);
    expect(md).toContain(`- **${ta.table.friction}:** 3/5 (${ta.frictionTypes.waiting})\n`);
    expect(md).not.toMatch(/Channel|Delivery|Friction|waiting/i);
  });

  it('follows the interface language when the journey has no report settings', async () => {
    const doc = latinJourney();
    expect(markdownOf(doc)).toContain('- **Friction:** 3/5 (Waiting)\n');
    await setUiLanguage('ml');
    expect(markdownOf(doc)).toContain(
      `- **${REPORT_LABELS.ml.table.friction}:** 3/5 (${REPORT_LABELS.ml.frictionTypes.waiting})\n`,
    );
  });
});
