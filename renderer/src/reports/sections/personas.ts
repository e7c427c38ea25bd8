import type { Persona } from '../../domain/model';
import type { ReportContext } from '../context';
import { graphemes, oneLine, safeColour, safeImageDataUrl, textOn, tint } from '../escape';
import { emptyNote, esc, multiline, sectionOpen } from './parts';
import { personaKinds } from '../persona-text';

/**
 * The first letters of the first two words that start with a letter ("1. Anjali Rao" gives "AR", not "1A"),
 * a whole grapheme each, so a Tamil or Malayalam letter keeps its vowel sign. A letter with a sign joined to it
 * is as wide as two, so such initials keep only the first: two would not fit the circle.
 */
function initials(name: string): string {
  const words = oneLine(name)
    .split(' ')
    .filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return graphemes(oneLine(name).trim())[0] ?? '';
  const letters = words.slice(0, 2).map((w) => graphemes(w)[0] ?? '');
  const joined = letters.some((g) => [...g].length > 1);
  return (joined ? letters.slice(0, 1) : letters).join('').toUpperCase();
}

function list(title: string, items: readonly string[]): string {
  const kept = items.map((i) => i.trim()).filter(Boolean);
  if (kept.length === 0) return '';
  return `<div class="persona-list"><p class="persona-list-title">${esc(title)}</p><ul>${kept.map((i) => `<li>${multiline(i)}</li>`).join('')}</ul></div>`;
}

function personaCard(ctx: ReportContext, p: Persona): string {
  const colour = safeColour(p.colour, '#7950f2');
  const photo = p.photoBlobId ? safeImageDataUrl(ctx.assets.personaPhotos[p.photoBlobId]) : null;
  const avatar = photo
    ? `<img class="avatar" src="${photo}" alt="" style="border-color:${colour}">`
    : `<div class="avatar" style="background:${colour};color:${textOn(colour)}">${esc(initials(p.name))}</div>`;
  const l = ctx.labels.persona;
  const lists = [
    list(l.needs, p.needs),
    list(l.fears, p.fears),
    list(l.goals, p.goals),
    list(l.desires, p.desires),
    list(l.challenges, p.challenges),
  ].join('');
  const flags = personaKinds(p, ctx.labels)
    .map((f) => `<span class="flag">${esc(f)}</span>`)
    .join(' ');
  return (
    `<article class="persona" style="border-left-color:${colour}">` +
    `<header class="persona-head">${avatar}<div><h3 class="persona-name">${esc(oneLine(p.name))}</h3>` +
    (p.role.trim() ? `<div class="persona-role">${esc(oneLine(p.role))}</div>` : '') +
    (flags ? `<div>${flags}</div>` : '') +
    `</div></header>` +
    (p.quote.trim()
      ? `<blockquote class="persona-quote" style="border-color:${colour};background:${tint(colour, 0.92)}">${multiline(p.quote)}</blockquote>`
      : '') +
    (lists ? `<div class="persona-lists">${lists}</div>` : '') +
    `</article>`
  );
}

export function personasSection(ctx: ReportContext): string {
  const body =
    ctx.doc.personas.length === 0
      ? emptyNote(ctx.labels.persona.noPersonas)
      : ctx.doc.personas.map((p) => personaCard(ctx, p)).join('');
  return `${sectionOpen('personas', ctx.labels)}${body}</section>`;
}
