import type { ReportContext } from '../context';
import { oneLine } from '../escape';
import { stageGroups } from '../journey-order';
import { emptyNote, esc, multiline, sectionOpen, statusPill } from './parts';

export function opportunitiesSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const h = labels.table;
  const rows = stageGroups(ctx.doc).flatMap(({ stage, touchpoints }) =>
    touchpoints.flatMap((t) =>
      t.opportunities
        .filter((o) => o.text.trim())
        .map(
          (o) =>
            `<tr><td>${multiline(o.text)}</td><td class="tp-title">${esc(oneLine(t.title))}</td><td>${esc(oneLine(stage.name))}</td>` +
            `<td>${statusPill(o.status, labels)}</td><td>${o.owner.trim() ? esc(oneLine(o.owner)) : '<span class="muted">–</span>'}</td></tr>`,
        ),
    ),
  );
  const body =
    rows.length === 0
      ? emptyNote(labels.noOpportunities)
      : `<table class="data"><thead><tr><th class="w-opp">${esc(h.opportunity)}</th><th class="w-tpn">${esc(h.touchpoint)}</th><th class="w-stage-s">${esc(h.stage)}</th><th class="w-status">${esc(h.status)}</th><th>${esc(h.owner)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return `${sectionOpen('opportunities', labels)}${body}</section>`;
}
