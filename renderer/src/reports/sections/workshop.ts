import { buildSessionSummary, voteResults } from '../../domain/workshop';
import type { ReportContext } from '../context';
import { oneLine } from '../escape';
import { esc, multiline, sectionOpen } from './parts';

/** Workshop results: the dot vote ranking (ties shown as ties), open questions and the parking lot. */
export function workshopSection(ctx: ReportContext): string {
  const { labels, doc } = ctx;
  const w = labels.workshop;
  const h = labels.table;
  const results = voteResults(doc).filter((r) => r.votes > 0);
  const summary = buildSessionSummary(doc);
  const parts: string[] = [];
  if (results.length) {
    const rows = results.map((r) => {
      const rank = r.tied ? `${r.rank}= <span class="muted">(${esc(w.tied)})</span>` : String(r.rank);
      return (
        `<tr><td>${rank}</td><td>${multiline(r.label)}</td><td>${esc(w.kind[r.kind])}</td>` +
        `<td class="tp-title">${esc(oneLine(r.touchpointTitle))}</td><td>${esc(oneLine(r.stageName))}</td><td>${r.votes}</td></tr>`
      );
    });
    parts.push(
      `<h3>${esc(w.votes)}</h3><table class="data"><thead><tr><th class="w-rank">${esc(h.rank)}</th><th class="w-opp">${esc(h.opportunity)} / ${esc(h.painPoints)}</th>` +
        `<th class="w-kind"></th><th>${esc(h.touchpoint)}</th><th class="w-stage-s">${esc(h.stage)}</th><th class="w-rank">${esc(w.dots)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  if (summary.openQuestions.length) {
    parts.push(
      `<h3>${esc(w.openQuestions)}</h3><ul>${summary.openQuestions
        .map(
          (q) =>
            `<li>${multiline(q.text)}${q.stageName ? ` <span class="muted">· ${esc(oneLine(q.stageName))}</span>` : ''}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  if (summary.parkingLot.length) {
    parts.push(
      `<h3>${esc(w.parkingLot)}</h3><ul>${summary.parkingLot.map((p) => `<li>${multiline(p.text)}</li>`).join('')}</ul>`,
    );
  }
  return `${sectionOpen('workshop', labels)}${parts.join('')}</section>`;
}
