import type { ReportContext } from '../context';
import type { SectionId } from '../types';
import { esc, sectionOpen } from './parts';

export function tocSection(ctx: ReportContext, included: readonly SectionId[]): string {
  const items = included
    .filter((id) => id !== 'cover' && id !== 'toc')
    .map(
      (id, i) =>
        `<li><a href="#sec-${id}"><span class="toc-num">${String(i + 1).padStart(2, '0')}</span><span class="toc-title">${esc(ctx.labels.sections[id])}</span></a></li>`,
    )
    .join('');
  return `${sectionOpen('toc', ctx.labels)}<ol class="toc">${items}</ol></section>`;
}
