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
