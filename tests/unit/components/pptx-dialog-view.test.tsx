// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PptxOptionsForm } from '../../../renderer/src/files-ui/export/PptxExportDialog';
import { pptxStepText } from '../../../renderer/src/files-ui/export/use-pptx-export';

afterEach(cleanup);

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/pN1YVwAAAABJRU5ErkJggg==';

describe('PptxOptionsForm', () => {
  it('offers 16:9 and 4:3, shows the report brand and logo, and says which fonts the deck needs', () => {
    const onLayout = vi.fn();
    render(
      <PptxOptionsForm
        layout="16:9"
        brand={{ brandColour: '#c2255c', logo: { type: 'image/png', dataBase64: PNG_BASE64 } }}
        language="en"
        onLanguage={vi.fn()}
        fontsMessage="For its Tamil text, the computer that shows the deck needs Noto Sans and Noto Sans Tamil installed."
        disabled={false}
        onLayout={onLayout}
      />,
    );
    expect(screen.getByRole('radio', { name: 'Widescreen 16:9' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Standard 4:3' }));
    expect(onLayout).toHaveBeenCalledWith('4:3');
    expect(screen.getByText('#c2255c')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Logo of the report settings' }).getAttribute('src')).toBe(
      `data:image/png;base64,${PNG_BASE64}`,
    );
    expect(screen.getByRole('note').textContent).toContain('Noto Sans Tamil');
  });

  it('says "No logo" when the report settings have none', () => {
    render(
      <PptxOptionsForm
        layout="4:3"
        brand={{ brandColour: '#4c6ef5', logo: null }}
        language="en"
        onLanguage={vi.fn()}
        fontsMessage="The deck uses Noto Sans."
        disabled
        onLayout={vi.fn()}
      />,
    );
    expect(screen.getByText('No logo')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Standard 4:3' })).toHaveProperty('checked', true);
  });

  it('offers the slide labels in each language by its own name, and passes the one chosen', () => {
    const onLanguage = vi.fn();
    render(
      <PptxOptionsForm
        layout="16:9"
        brand={{ brandColour: '#4c6ef5', logo: null }}
        language="ta"
        fontsMessage="The deck uses Noto Sans."
        disabled={false}
        onLayout={vi.fn()}
        onLanguage={onLanguage}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Slide labels' }) as HTMLSelectElement;
    expect(select.value).toBe('ta');
    expect([...select.options].map((o) => o.value)).toEqual(['en', 'ta', 'te', 'ml', 'hy']);
    fireEvent.change(select, { target: { value: 'hy' } });
    expect(onLanguage).toHaveBeenCalledWith('hy');
  });
});

describe('pptxStepText: the progress line', () => {
  it('names each step, with the share of slides built', () => {
    expect(pptxStepText(null)).toBe('');
    expect(pptxStepText({ kind: 'loading' })).toBe('Preparing slides…');
    expect(pptxStepText({ kind: 'building', done: 3, total: 12 })).toBe('Building slides (25%)…');
    expect(pptxStepText({ kind: 'saving' })).toBe('Saving…');
  });
});
