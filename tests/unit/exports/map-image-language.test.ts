/**
 * The map image (SVG, and the PNG drawn from it) speaks the language asked
 * for, as the other deliverables do: its legend, its badges, its flags and
 * the names of default channels are the report's labels in that language;
 * the journey's own text stays as typed. English by default.
 */
import { describe, expect, it } from 'vitest';
import { newPainPoint } from '../../../renderer/src/domain/factories';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { buildMapImage } from '../../../renderer/src/exports/map-image';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { REPORT_LANGUAGES } from '../../../renderer/src/reports/types';
import { journey } from '../../fixtures/journey-builder';

const te = REPORT_LABELS.te;

function parcelJourney(): JourneyDocument {
  const b = journey('Online order');
  const receive = b.stage('Receive');
  const damaged = b.touchpoint(receive, {
    title: 'Parcel arrives damaged',
    channel: 'delivery',
    emotion: -3,
    painPoints: [newPainPoint('Box crushed', 3)],
    friction: { score: 3, types: ['errors'] },
    momentOfTruth: true,
  });
  const call = b.touchpoint(receive, { title: 'Calls support', channel: 'phone', emotion: -2, delight: true });
  b.chain(damaged, call);
  return b.build();
}

/** The drawing's text, tag by tag. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

describe('the map image in Telugu', () => {
  it('names the legend, badges, flags and default channels in Telugu, and keeps the journey’s text', () => {
    const words = texts(buildMapImage(parcelJourney(), { language: 'te' }).svg);
    expect(words).toContain(te.map.legend);
    expect(words).toContain(te.connectionKind.main);
    expect(words).toContain(te.channels.delivery);
    expect(words).toContain(te.channels.phone);
    expect(words).toContain(`${te.painShort} 1`);
    expect(words).toContain(`${te.frictionShort} 3/5`);
    expect(words).toContain(te.momentOfTruth);
    expect(words).toContain(te.delight);
    expect(words.join('')).toContain('Parcel arrives damaged');
    for (const english of [
      'Connections',
      'Main path',
      'Delivery',
      'Phone',
      'Pain 1',
      'Friction 3/5',
      'Moment of truth',
    ]) {
      expect(words, english).not.toContain(english);
    }
  });

  it('is English unless asked', () => {
    const words = texts(buildMapImage(parcelJourney()).svg);
    expect(words).toEqual(
      expect.arrayContaining(['Connections', 'Main path', 'Delivery', 'Pain 1', 'Moment of truth']),
    );
  });
});

const ta = REPORT_LABELS.ta;

describe('the heat overlay in the map image in Tamil', () => {
  it('titles each legend in Tamil, in the words of the editor’s heat legend, with no English title left', async () => {
    const editor = (await import('../../../renderer/src/i18n/locales/ta/editor.json')).default as {
      heat: Record<string, string>;
    };
    const heat = editor.heat;
    const expected = {
      emotion: heat.emotion,
      friction: heat.frictionScale,
      pain: heat.worstPain,
      dropOff: heat.dropOff,
    };
    for (const [mode, title] of Object.entries(expected)) {
      const words = texts(buildMapImage(parcelJourney(), { language: 'ta', heatMode: mode }).svg);
      expect(title, mode).not.toMatch(/[A-Za-z]/);
      expect(words, mode).toContain(title);
      expect(words, mode).toContain(ta.map.noData);
      for (const english of ['Emotion', 'Friction (0–5)', 'Worst pain severity', 'Drop-off', 'No data']) {
        expect(words, `${mode}: ${english}`).not.toContain(english);
      }
    }
  });

  it('names the emotion and pain stops and the card badge in Tamil', () => {
    const emotion = texts(buildMapImage(parcelJourney(), { language: 'ta', heatMode: 'emotion' }).svg);
    expect(emotion).toContain(`−3 ${ta.emotion['-3']}`);
    expect(emotion).toContain(`+3 ${ta.emotion['3']}`);
    expect(emotion).toContain(`${ta.table.emotion} −3`);
    expect(emotion.join(' ')).not.toMatch(/Angry|Delighted|Neutral/);
    const pain = texts(buildMapImage(parcelJourney(), { language: 'ta', heatMode: 'pain' }).svg);
    expect(pain).toContain(`0 ${ta.map.heatNone}`);
    expect(pain).toContain(`3 ${ta.severity[3]}`);
    expect(pain).toContain(`${ta.painShort} 3/3`);
    expect(pain.join(' ')).not.toMatch(/None|Severe|Minor/);
  });

  it('keeps the English legend by default', () => {
    const words = texts(buildMapImage(parcelJourney(), { heatMode: 'pain' }).svg);
    expect(words).toEqual(expect.arrayContaining(['Worst pain severity', '0 None', '3 Severe', 'No data']));
  });
});

describe('the map image’s heat titles', () => {
  it('are, in every language, the titles of the editor’s heat legend', async () => {
    const { LEGEND_TITLES } = await import('../../../renderer/src/editor/canvas/heat-titles');
    const { i18n } = await import('../../../renderer/src/i18n');
    for (const language of REPORT_LANGUAGES) {
      const t = i18n.getFixedT(language);
      for (const [mode, key] of Object.entries(LEGEND_TITLES)) {
        expect(REPORT_LABELS[language].map.heatTitle[mode as keyof typeof LEGEND_TITLES], `${language} ${mode}`).toBe(
          t(key),
        );
      }
    }
  });
});
