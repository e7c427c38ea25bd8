// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultReportSettings, MAX_CANVAS_SIDE, type ReportSettings } from '../../../renderer/src/exports';
import { ImageOptionsForm } from '../../../renderer/src/files-ui/export/ImageOptionsForm';
import { ReportSectionsFieldset } from '../../../renderer/src/files-ui/export/ReportSectionsFieldset';
import { ReportSettingsForm } from '../../../renderer/src/files-ui/export/ReportSettingsForm';
import type { ImageChoices } from '../../../renderer/src/files-ui/export/use-image-export';
import { summariseSections } from '../../../renderer/src/files-ui/export/use-report-dialog';
import { emptySections, REPORT_LABELS } from '../../../renderer/src/reports';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createJourney,
  createPersona,
  createStage,
  createTouchpoint,
  newOpportunity,
  newPainPoint,
} from '../../../renderer/src/domain/factories';
import type { JourneyDocument } from '../../../renderer/src/domain/model';

// Served by nothing that prints PDFs: the web host asks where Export PDF goes, and the answer is the print dialog.
beforeEach(() => vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch'))));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const labels = REPORT_LABELS.en;

/** A tiny PNG (1×1), as a chosen logo would be. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/pN1YVwAAAABJRU5ErkJggg==';

/** The first non-empty line of a seed text (the vitest root is the worktree; the seeds sit beside it). */
function seedLine(file: string): string {
  const text = readFileSync(path.resolve(process.cwd(), '..', 'shared', 'seeds', file), 'utf8');
  return text
    .split(/\r?\n/)
    .find((l) => l.trim().length > 0)!
    .trim();
}

/** A journey titled in Tamil with one persona, one stage and one touchpoint (a pain point, an opportunity, no rating, no metrics), no notes and no workshop. */
function journeyWithoutNotes(): JourneyDocument {
  const journey = createJourney({ title: seedLine('ta-customer-experience-management.txt') });
  const journeyId = journey.id;
  const persona = createPersona({ journeyId, name: 'Priya Raman' });
  const stage = createStage({ journeyId, name: 'Renew', order: 0 });
  const touchpoint = createTouchpoint({
    journeyId,
    stageId: stage.id,
    title: seedLine('te-customer-loyalty-3.0.txt'),
    painPoints: [newPainPoint(seedLine('hy-loyalty-six-questions.txt'), 3)],
    opportunities: [
      {
        ...newOpportunity(seedLine('ml-delighted-customer-15-facts.txt')),
        scores: { customerValue: 4, businessValue: null, effort: 2, confidence: null },
      },
    ],
  });
  return {
    journey: { ...journey, personaIds: [persona.id] },
    stages: [stage],
    lanes: [],
    touchpoints: [touchpoint],
    connections: [],
    personas: [persona],
    notes: [],
  };
}

function renderForm(settings: ReportSettings, disabled = false) {
  const handlers = {
    onChange: vi.fn(),
    onToggleSection: vi.fn(),
    onPickLogo: vi.fn(),
    onRemoveLogo: vi.fn(),
  };
  const view = render(
    <ReportSettingsForm
      settings={settings}
      sections={summariseSections(settings, emptySections(journeyWithoutNotes()))}
      labels={labels}
      logoMessage={null}
      disabled={disabled}
      {...handlers}
    />,
  );
  return { ...handlers, view };
}

describe('report dialog sections (component)', () => {
  it('names every chosen section that is empty for the journey, and says when nothing would print', () => {
    const doc = journeyWithoutNotes();
    const empty = emptySections(doc);
    // No ratings and no metrics on the one touchpoint either.
    expect(empty).toEqual(['curve', 'metrics', 'notes', 'workshop']);
    const onToggle = vi.fn();
    const settings = defaultReportSettings();
    const { rerender } = render(
      <ReportSectionsFieldset
        sections={settings.sections}
        summary={summariseSections(settings, empty)}
        labels={labels}
        disabled={false}
        onToggle={onToggle}
      />,
    );
    expect(screen.getByText('Empty, left out: Emotion curve, Metrics, Notes, Workshop results')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Notes' }));
    expect(onToggle).toHaveBeenCalledWith('notes', false);

    const withoutNotes = { ...settings.sections, notes: false };
    rerender(
      <ReportSectionsFieldset
        sections={withoutNotes}
        summary={summariseSections({ ...settings, sections: withoutNotes }, empty)}
        labels={labels}
        disabled={false}
        onToggle={onToggle}
      />,
    );
    expect(screen.getByText('Empty, left out: Emotion curve, Metrics, Workshop results')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Notes' }) as HTMLInputElement).checked).toBe(false);

    // Only empty sections chosen: nothing would print, and the dialog says what to do.
    const onlyEmpty = Object.fromEntries(
      Object.keys(settings.sections).map((id) => [id, empty.some((e) => e === id)]),
    ) as ReportSettings['sections'];
    const summary = summariseSections({ ...settings, sections: onlyEmpty }, empty);
    expect(summary).toEqual({ anySection: true, anyPrinted: false, leftOut: empty });
    rerender(
      <ReportSectionsFieldset
        sections={onlyEmpty}
        summary={summary}
        labels={labels}
        disabled={false}
        onToggle={onToggle}
      />,
    );
    expect(screen.getByText('Every section you chose is empty for this journey; choose another section.')).toBeTruthy();

    const none = Object.fromEntries(Object.keys(settings.sections).map((id) => [id, false]));
    const noneSummary = summariseSections({ ...settings, sections: none as ReportSettings['sections'] }, []);
    expect(noneSummary.anySection).toBe(false);
    rerender(
      <ReportSectionsFieldset
        sections={none as ReportSettings['sections']}
        summary={noneSummary}
        labels={labels}
        disabled={false}
        onToggle={onToggle}
      />,
    );
    expect(screen.getByText('Choose at least one section.')).toBeTruthy();
    expect(screen.queryByText(/Empty, left out/)).toBeNull();
  });
});

describe('report settings form (component)', () => {
  it('calls onChange with the paper, colour and language the user picks', () => {
    const { onChange } = renderForm(defaultReportSettings());

    fireEvent.change(screen.getByLabelText('Page size'), { target: { value: 'Letter' } });
    expect(onChange).toHaveBeenLastCalledWith({ pageSize: 'Letter' });

    fireEvent.click(screen.getByRole('radio', { name: 'Landscape' }));
    expect(onChange).toHaveBeenLastCalledWith({ orientation: 'landscape' });

    // Half a colour is kept in the field, marked invalid, and not passed on.
    const hex = screen.getByLabelText('Brand colour') as HTMLInputElement;
    const calls = onChange.mock.calls.length;
    fireEvent.change(hex, { target: { value: '#AB12' } });
    expect(onChange).toHaveBeenCalledTimes(calls);
    expect(hex.value).toBe('#AB12');
    expect(hex.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(hex, { target: { value: '#AB12CD' } });
    expect(onChange).toHaveBeenLastCalledWith({ brandColour: '#ab12cd' });
    expect(hex.getAttribute('aria-invalid')).toBe('false');

    fireEvent.change(screen.getByLabelText('Report labels'), { target: { value: 'en' } });
    expect(onChange).toHaveBeenLastCalledWith({ language: 'en' });
  });

  it('hands over a chosen logo file, shows the chosen logo and removes it', () => {
    const { onPickLogo } = renderForm(defaultReportSettings());
    expect(screen.getByText('No logo')).toBeTruthy();
    const input = screen.getByLabelText('Logo (PNG or JPEG, up to 2 MB)') as HTMLInputElement;
    const file = new File([Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0))], 'logo.png', {
      type: 'image/png',
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(onPickLogo).toHaveBeenCalledWith(file);
    cleanup();

    const withLogo = { ...defaultReportSettings(), logo: { type: 'image/png' as const, dataBase64: PNG_BASE64 } };
    const { onRemoveLogo } = renderForm(withLogo);
    const img = screen.getByRole('img', { name: 'Chosen logo' });
    expect(img.getAttribute('src')).toBe(`data:image/png;base64,${PNG_BASE64}`);
    fireEvent.click(screen.getByRole('button', { name: 'Remove logo' }));
    expect(onRemoveLogo).toHaveBeenCalledTimes(1);
  });

  it('locks every option while an export runs', () => {
    const { view } = renderForm(defaultReportSettings(), true);
    const fieldsets = [...view.container.querySelectorAll('fieldset')];
    expect(fieldsets.map((f) => f.querySelector('legend')?.textContent)).toEqual([
      'Paper',
      'Brand',
      'Sections',
      'Language',
    ]);
    expect(fieldsets.every((f) => f.disabled)).toBe(true);
  });
});

describe('image export options (component)', () => {
  const choice: ImageChoices = {
    size: 'width',
    width: 2400,
    paper: 'A4',
    dpiChoice: '300',
    customDpi: 600,
    background: 'white',
    embedFonts: true,
    heat: true,
    curve: true,
  };

  it('passes on a whole pixel width, ignores a width that is not one, and warns when the size is capped', () => {
    const onChange = vi.fn();
    render(
      <ImageOptionsForm
        format="png"
        choice={choice}
        raster={{ width: MAX_CANVAS_SIDE, height: 6000, scale: 4, capped: true }}
        heatOn
        heatTitle="Pain"
        disabled={false}
        onChange={onChange}
      />,
    );
    const width = screen.getByLabelText('Width in pixels');
    fireEvent.change(width, { target: { value: '3000.4' } });
    expect(onChange).toHaveBeenLastCalledWith({ width: 3000 });
    const calls = onChange.mock.calls.length;
    fireEvent.change(width, { target: { value: '0' } });
    expect(onChange).toHaveBeenCalledTimes(calls);

    const side = MAX_CANVAS_SIDE.toLocaleString('en');
    expect(screen.getByText(`${side} × 6,000 px`)).toBeTruthy();
    expect(screen.getByText(new RegExp(`more than ${side} px on a side`)).textContent).toContain(
      `it will be made ${side} × 6,000 px.`,
    );

    fireEvent.click(screen.getByRole('checkbox', { name: 'Heat overlay: Pain' }));
    expect(onChange).toHaveBeenLastCalledWith({ heat: false });
    fireEvent.click(screen.getByRole('radio', { name: 'Transparent' }));
    expect(onChange).toHaveBeenLastCalledWith({ background: 'transparent' });
    // Fonts are always embedded in a PNG: the choice is only offered for SVG.
    expect(screen.queryByRole('checkbox', { name: /Embed fonts/ })).toBeNull();
  });

  it('offers paper and DPI, a custom DPI field, and shows a refusal instead of a size', () => {
    const onChange = vi.fn();
    const refusal =
      'At 600 DPI on A0 the image would be 28,087 × 19,866 px, more than the 16,384 px on a side an image can hold; choose a lower DPI or a smaller paper.';
    render(
      <ImageOptionsForm
        format="png"
        choice={{ ...choice, size: 'paper', paper: 'A0', dpiChoice: 'custom' }}
        raster={{ width: 28_087, height: 19_866, scale: 0, capped: false }}
        refusal={refusal}
        heatOn={false}
        heatTitle=""
        disabled={false}
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(refusal);
    expect(screen.queryByText(/28,087 × 19,866 px$/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Dots per inch'), { target: { value: '450' } });
    expect(onChange).toHaveBeenLastCalledWith({ customDpi: 450 });
    fireEvent.click(screen.getByRole('radio', { name: '150 DPI' }));
    expect(onChange).toHaveBeenLastCalledWith({ dpiChoice: '150' });
    fireEvent.click(screen.getByRole('radio', { name: 'A3' }));
    expect(onChange).toHaveBeenLastCalledWith({ paper: 'A3' });
  });
});
