import type { ReportContext } from '../context';
import { oneLine } from '../escape';
import { stageGroups } from '../journey-order';
import { hasMetrics, metricFigures, type MetricFigure } from '../metric-values';
import { emptyNote, esc, sectionOpen } from './parts';

const NONE = '<span class="muted">–</span>';

function cell(figure: MetricFigure | null, sampleLabel: string): string {
  if (!figure) return NONE;
  const sample = figure.sample === null ? '' : `<div class="muted">${esc(sampleLabel)} = ${figure.sample}</div>`;
  return `<b class="num">${esc(figure.value)}</b>${sample}`;
}

export function metricsSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const h = labels.table;
  const rows = stageGroups(ctx.doc).flatMap(({ stage, touchpoints }) =>
    touchpoints
      .filter((t) => hasMetrics(t.metrics))
      .map((t) => {
        const f = metricFigures(t.metrics);
        const [csat, ces, nps, drop, volume] = [f.csat, f.ces, f.nps, f.dropOff, f.volume].map((x) =>
          cell(x, h.sample),
        );
        return (
          `<tr><td class="tp-title">${esc(oneLine(t.title))}</td><td>${esc(oneLine(stage.name))}</td>` +
          `<td class="r">${csat}</td><td class="r">${ces}</td><td class="r">${nps}</td><td class="r">${drop}</td><td class="r">${volume}</td></tr>`
        );
      }),
  );
  const body =
    rows.length === 0
      ? emptyNote(labels.noMetrics)
      : `<table class="data"><thead><tr><th class="w-mtp">${esc(h.touchpoint)}</th><th class="w-stage">${esc(h.stage)}</th><th class="r">${esc(h.csat)}</th><th class="r">${esc(h.ces)}</th>` +
        `<th class="r">${esc(h.nps)}</th><th class="r">${esc(h.dropOff)}</th><th class="r">${esc(h.volume)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
        `<p class="footnote">${esc(labels.metricsNote)}</p>`;
  return `${sectionOpen('metrics', labels)}${body}</section>`;
}
