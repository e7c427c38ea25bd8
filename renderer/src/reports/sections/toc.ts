import type { ReportContext } from '../context';
import type { SectionId } from '../types';
import { esc, sectionOpen } from './parts';

/**
 * The contents. Each entry links to its section and holds an empty, fixed-width,
 * right-aligned `data-page-of` slot: the desktop app's printer
 * (electron/main/pdf-pages.ts) prints the report once with placeholders there,
 * reads where each section landed and writes the page numbers into the PDF.
 * Printed any other way (the browser's print dialog, the saved HTML), the
 * slots stay empty: no number is better than a guess.
 */
export function tocSection(ctx: ReportContext, included: readonly SectionId[]): string {
  const items = included
    .filter((id) => id !== 'cover' && id !== 'toc')
    .map(
      (id, i) =>
        `<li><a href="#sec-${id}"><span class="toc-num">${String(i + 1).padStart(2, '0')}</span><span class="toc-title">${esc(ctx.labels.sections[id])}</span><span class="toc-page" data-page-of="sec-${id}"></span></a></li>`,
    )
    .join('');
  return `${sectionOpen('toc', ctx.labels)}<ol class="toc">${items}</ol></section>`;
}
