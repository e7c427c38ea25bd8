/**
 * A PowerPoint deck's words as the export tests read them: the text runs of its slides and of its
 * speaker notes (each part's runs joined, one part per line; XML entities as written).
 */
import { strFromU8, unzipSync } from 'fflate';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { buildDeck } from '../../../renderer/src/exports/pptx/deck';
import type { ReportLanguage } from '../../../renderer/src/reports/types';

export function deckTexts(bytes: Uint8Array): { slides: string; notes: string } {
  const parts = unzipSync(bytes);
  const runsOf = (pattern: RegExp) =>
    Object.keys(parts)
      .filter((n) => pattern.test(n))
      .map((n) => [...strFromU8(parts[n]!).matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((m) => m[1]!).join(''))
      .join('\n');
  return { slides: runsOf(/^ppt\/slides\/slide\d+\.xml$/), notes: runsOf(/^ppt\/notesSlides\/notesSlide\d+\.xml$/) };
}

/** The words of a journey's 16:9 deck with a plain brand, in the language given (the deck's default without one). */
export async function journeyDeckTexts(doc: JourneyDocument, language?: ReportLanguage) {
  return deckTexts(await buildDeck(doc, { layout: '16:9', brandColour: '#0b7285', logo: null, date: '', language }));
}
