import type { Metrics } from '../../domain/model';
import type { ReportContext } from '../context';
import { oneLine, signed } from '../escape';
import { stageGroups } from '../journey-order';
import { npsFromCounts } from '../../domain/insights';
import { emptyNote, esc, sectionOpen } from './parts';

const NONE = '<span class="muted">–</span>';

function formatNumber(value: number, digits = 1): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

function sample(n: number | null, label: string): string {
  return n === null ? '' : `<div class="muted">${esc(label)} = ${n}</div>`;
}

function hasMetrics(m: Metrics): boolean {
  return m.csat !== null || m.ces !== null || m.nps !== null || m.dropOff !== null || m.volume !== null;
}

export function metricsSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const h = labels.table;
  const rows = stageGroups(ctx.doc).flatMap(({ stage, touchpoints }) =>
    touchpoints
      .filter((t) => hasMetrics(t.metrics))
      .map((t) => {
        const m = t.metrics;
        const csat = m.csat
          ? `<b class="num">${m.csat.mode === 'share' ? `${formatNumber(m.csat.value)}%` : `${formatNumber(m.csat.value)} / 5`}</b>${sample(m.csat.sample, h.sample)}`
          : NONE;
        const ces = m.ces
          ? `<b class="num">${formatNumber(m.ces.mean)} / 7</b>${sample(m.ces.sample, h.sample)}`
          : NONE;
        const npsScore = m.nps ? npsFromCounts(m.nps) : null;
        const npsValue = npsScore === null ? null : Math.round(npsScore);
        const nps =
          m.nps && npsValue !== null
            ? `<b class="num">${esc(signed(npsValue))}</b>${sample(m.nps.promoters + m.nps.passives + m.nps.detractors, h.sample)}`
            : NONE;
        const drop = m.dropOff === null ? NONE : `<b class="num">${formatNumber(m.dropOff)}%</b>`;
        const volume =
          m.volume === null ? NONE : `<b class="num">${String(m.volume).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}</b>`;
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
