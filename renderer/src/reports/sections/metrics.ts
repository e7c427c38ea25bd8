import type { ReportContext } from '../context';
import { oneLine } from '../escape';
import { stageGroups } from '../journey-order';
import { hasMetrics, metricTexts, type MetricText } from '../metric-text';
import { emptyNote, esc, sectionOpen } from './parts';

const NONE = '<span class="muted">–</span>';

function sample(n: number | null, label: string): string {
  return n === null ? '' : `<div class="muted">${esc(label)} = ${n}</div>`;
}

export function metricsSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const h = labels.table;
  const rows = stageGroups(ctx.doc).flatMap(({ stage, touchpoints }) =>
    touchpoints
      .filter((t) => hasMetrics(t.metrics))
      .map((t) => {
        const texts = metricTexts(t.metrics, labels.locale);
        const cell = (m: MetricText | null, withSample: boolean) =>
          m ? `<b class="num">${esc(m.value)}</b>${withSample ? sample(m.sample, h.sample) : ''}` : NONE;
        const csat = cell(texts.csat, true);
        const ces = cell(texts.ces, true);
        const nps = cell(texts.nps, true);
        const drop = cell(texts.dropOff, false);
        const volume = cell(texts.volume, false);
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
