/**
 * Which fonts the computer that shows a deck needs: the deck names a Noto
 * family per run of text (reports/scripts.ts) but does not embed the fonts,
 * so the export dialog says which ones the scripts of this journey call for.
 */
import type { JourneyDocument } from '../../domain/model';
import { channelText } from '../../reports/channel-text';
import { REPORT_LABELS, type Labels } from '../../reports/labels';
import { SCRIPT_FONT, SCRIPT_NAME, scriptsIn, type TextScript } from '../../reports/scripts';
import type { ReportLanguage } from '../../reports/types';

export interface DeckFonts {
  /** Scripts with letters in the deck's text (Latin first when present). */
  scripts: TextScript[];
  /** The Noto families the deck names: always Noto Sans, then one per other script. */
  families: string[];
  /** One sentence for the export dialog. */
  message: string;
}

/** Every word the deck's labels hold (headings, names of emotions, statuses, default channels…). */
function* labelTexts(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* labelTexts(v);
}

/** Every text of the journey a deck can show, as the deck prints it (a default channel by its name). */
function* deckTexts(doc: JourneyDocument, labels: Labels): Generator<string> {
  const j = doc.journey;
  yield* [j.title, j.description, j.client, j.author];
  for (const s of doc.stages) yield* [s.name, s.description, s.customerGoal];
  for (const t of doc.touchpoints) {
    yield* [t.title, t.description, channelText(t.channel, labels), t.owner, t.emotionLabel, t.thoughts, ...t.quotes];
    for (const p of t.painPoints) yield p.text;
    for (const o of t.opportunities) yield* [o.text, o.owner];
  }
  for (const p of doc.personas)
    yield* [p.name, p.role, p.quote, ...p.needs, ...p.fears, ...p.goals, ...p.desires, ...p.challenges];
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The fonts a deck of this journey needs, its own words in `language` (as `buildDeck`'s option). */
export function deckFonts(doc: JourneyDocument, language: ReportLanguage = 'en'): DeckFonts {
  const labels = REPORT_LABELS[language];
  const scripts = scriptsIn([...deckTexts(doc, labels), ...(language === 'en' ? [] : labelTexts(labels))]);
  const others = scripts.filter((s) => s !== 'latin');
  const families = [SCRIPT_FONT.latin, ...others.map((s) => SCRIPT_FONT[s])];
  const message =
    others.length === 0
      ? 'The deck uses Noto Sans; where it is not installed, PowerPoint shows a similar font.'
      : `For its ${list(others.map((s) => SCRIPT_NAME[s]))} text, the computer that shows the deck needs ` +
        `${list(families)} installed (free from Google Fonts); without them the text may show as empty boxes.`;
  return { scripts, families, message };
}
