import { describe, expect, it } from 'vitest';
import { newId } from '../../../renderer/src/domain/ids';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import { buildMarkdownReport, buildReportHtml, defaultReportOptions } from '../../../renderer/src/reports';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';

function withVotes() {
  const doc = buildOnlineOrderTemplate(1_700_000_000_000);
  const pains = doc.touchpoints.flatMap((t) => t.painPoints);
  const [a, b] = [newId('voter'), newId('voter')];
  doc.journey.workshop = {
    ...doc.journey.workshop,
    voters: [
      { id: a, name: 'Anna', colour: '#4c6ef5' },
      { id: b, name: 'Ravi', colour: '#e64980' },
    ],
    votes: [
      { id: newId('vote'), voterId: a, targetKind: 'pain', targetId: pains[0]!.id, castAt: 1 },
      { id: newId('vote'), voterId: b, targetKind: 'pain', targetId: pains[0]!.id, castAt: 2 },
      { id: newId('vote'), voterId: a, targetKind: 'pain', targetId: pains[1]!.id, castAt: 3 },
    ],
    parkingLot: [{ id: newId('parking'), text: 'Ask finance about refunds', createdAt: 5 }],
  };
  return { doc, pains };
}

describe('workshop results in reports', () => {
  it('adds the vote ranking and parking lot to the HTML report only when there was a workshop', () => {
    const { doc, pains } = withVotes();
    const html = buildReportHtml(doc, defaultReportOptions('24 November 2026'), { fonts: [], personaPhotos: {} });
    expect(html).toContain('Workshop results');
    expect(html).toContain('Dot vote results');
    expect(html).toContain(pains[0]!.text.slice(0, 20));
    expect(html).toContain('Ask finance about refunds');
    const plain = buildOnlineOrderTemplate(1_700_000_000_000);
    expect(buildReportHtml(plain, defaultReportOptions('x'), { fonts: [], personaPhotos: {} })).not.toContain(
      'Workshop results',
    );
  });

  it('appends the workshop summary to the Markdown export', () => {
    const { doc } = withVotes();
    const md = buildMarkdownReport(doc);
    expect(md).toContain('Ask finance about refunds');
    expect(buildMarkdownReport(buildOnlineOrderTemplate(1))).not.toContain('Parking lot');
  });

  it('writes the Markdown export’s workshop summary in the report’s language, counts in their plural form', () => {
    const { doc } = withVotes();
    const english = buildMarkdownReport(doc);
    expect(english).toContain('## Workshop summary:');
    expect(english).toContain('### Top-voted');
    expect(english).toMatch(/\(pain point; [^)]+\) — 2 dots/);
    expect(english).toMatch(/\(pain point; [^)]+\) — 1 dot$/m);
    const tamil = buildMarkdownReport(doc, REPORT_LABELS.ta);
    expect(tamil).toContain('## பணிமனைச் சுருக்கம்:');
    expect(tamil).toContain('### அதிக வாக்குகள் பெற்றவை');
    expect(tamil).toContain('### நிறுத்திவைப்புப் பட்டியல்');
    expect(tamil).toMatch(/\(வலிப்புள்ளி; [^)]+\) — 2 புள்ளிகள்/);
    expect(tamil).toMatch(/\(வலிப்புள்ளி; [^)]+\) — 1 புள்ளி$/m);
    const armenian = buildMarkdownReport(doc, REPORT_LABELS.hy);
    expect(armenian).toContain('## Սեմինարի ամփոփում՝');
    expect(armenian).toContain('### Հետաձգվածներ');
    for (const md of [tamil, armenian]) {
      for (const word of ['Workshop summary', 'Top-voted', 'Parking lot', 'pain point;', ' dots', ' dot\n']) {
        expect(md).not.toContain(word);
      }
      expect(md).toContain('Ask finance about refunds');
    }
  });
});
