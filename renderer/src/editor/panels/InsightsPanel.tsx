import { useDeferredValue, useMemo } from 'react';
import { evidenceSentence, evidenceSummary } from '../../domain/evidence';
import { computeInsights } from '../../domain/insights';
import { journeyDocumentOf, useEditor } from '../../session/react';
import { useEditorActions } from '../actions-context';
import { emotionColour } from '../../domain/vocabulary';
import { currentLanguage } from '../../i18n';
import { healthFormula, healthLabel, hotSpotExplanation } from '../../reports/insight-text';
import { REPORT_LABELS } from '../../reports/labels';

function Signed({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">—</span>;
  return (
    <span className="signed" style={{ borderColor: emotionColour(value) }}>
      {value > 0 ? `+${value}` : value}
    </span>
  );
}

function ItemButton(props: { id: string; children: React.ReactNode }) {
  const actions = useEditorActions();
  return (
    <button
      type="button"
      className="insight-item"
      onClick={() => actions.selectOnly(props.id)}
      data-insight-target={props.id}
    >
      {props.children}
    </button>
  );
}

/** Insights computed live from the map; each item selects and centres its touchpoint. */
export function InsightsPanel() {
  const doc = useEditor((s) => s.doc);
  const deferred = useDeferredValue(doc);
  const insights = useMemo(() => computeInsights(journeyDocumentOf(deferred)), [deferred]);
  const { coverage, recovery } = insights;
  const evidence = useMemo(() => evidenceSummary(journeyDocumentOf(deferred)), [deferred]);
  return (
    <div className="insights">
      <section aria-labelledby="ins-health">
        <h3 id="ins-health">Journey health</h3>
        <dl className="health-grid">
          {insights.health.map((h) => (
            <div key={h.key} className="health-figure" title={healthFormula(h, REPORT_LABELS[currentLanguage()])}>
              <dt>{healthLabel(h, REPORT_LABELS[currentLanguage()])}</dt>
              <dd>{h.display}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="ins-evidence">
        <h3 id="ins-evidence">How much of this map is backed by data</h3>
        <p className="evidence-line" data-evidence-share={evidence.dataShare ?? ''}>
          {evidenceSentence(evidence)}
        </p>
      </section>
      <section aria-labelledby="ins-low">
        <h3 id="ins-low">Emotional low points</h3>
        {insights.lowPoints.length === 0 && <p className="muted">No emotions captured yet.</p>}
        <ol className="insight-list">
          {insights.lowPoints.map((p) => (
            <li key={p.touchpointId}>
              <ItemButton id={p.touchpointId}>
                <Signed value={p.emotion} /> {p.title || 'Untitled'}
              </ItemButton>
            </li>
          ))}
        </ol>
        {insights.steepestDrops.length > 0 && (
          <>
            <h4>Steepest drops</h4>
            <ol className="insight-list">
              {insights.steepestDrops.map((d) => (
                <li key={`${d.from.touchpointId}-${d.to.touchpointId}`}>
                  <ItemButton id={d.to.touchpointId}>
                    {d.from.title} → {d.to.title} <span className="muted">(−{d.drop})</span>
                  </ItemButton>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <section aria-labelledby="ins-hot">
        <h3 id="ins-hot">Friction and pain hot spots</h3>
        {insights.hotSpots.length === 0 && <p className="muted">No friction or pain recorded.</p>}
        <ol className="insight-list">
          {insights.hotSpots.slice(0, 8).map((h) => (
            <li key={h.touchpointId}>
              <ItemButton id={h.touchpointId}>
                <span className="hot-score">{Math.round(h.score * 100)}</span> {h.title || 'Untitled'}
                <span className="insight-detail">{hotSpotExplanation(h, REPORT_LABELS[currentLanguage()])}</span>
              </ItemButton>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="ins-moments">
        <h3 id="ins-moments">Moments that matter</h3>
        <ol className="insight-list">
          {insights.momentsOfTruth.map((m) => (
            <li key={m.touchpointId}>
              <ItemButton id={m.touchpointId}>★ {m.title}</ItemButton>
            </li>
          ))}
          {insights.delightMoments.map((m) => (
            <li key={m.touchpointId}>
              <ItemButton id={m.touchpointId}>✦ {m.title}</ItemButton>
            </li>
          ))}
        </ol>
        {recovery.loops.map((l) => (
          <ItemButton key={l.failureConnectionId} id={l.touchpointId}>
            Recovery: {l.at.title}{' '}
            <span className="insight-detail">
              before <Signed value={l.before.emotion} /> · at failure <Signed value={l.at.emotion} /> · after recovery{' '}
              <Signed value={l.after.emotion} />
            </span>
          </ItemButton>
        ))}
        {recovery.unrecovered.map((u) => (
          <ItemButton key={u.failureConnectionId} id={u.touchpointId}>
            Failure with no recovery: {u.at.title}
          </ItemButton>
        ))}
      </section>
      {insights.expectationGaps.length > 0 && (
        <section aria-labelledby="ins-gaps">
          <h3 id="ins-gaps">Expectation gaps</h3>
          <ol className="insight-list">
            {insights.expectationGaps.slice(0, 6).map((g) => (
              <li key={g.touchpointId}>
                <ItemButton id={g.touchpointId}>
                  <Signed value={g.gap} /> {g.title}
                </ItemButton>
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="ins-coverage">
        <h3 id="ins-coverage">Coverage gaps</h3>
        <ul className="insight-list">
          {coverage.emptyStages.map((s) => (
            <li key={s.stageId}>Stage “{s.name}” has no touchpoints.</li>
          ))}
          {coverage.withoutEmotion.slice(0, 5).map((t) => (
            <li key={`e-${t.touchpointId}`}>
              <ItemButton id={t.touchpointId}>No emotion: {t.title || 'Untitled'}</ItemButton>
            </li>
          ))}
          {coverage.withoutChannel.slice(0, 5).map((t) => (
            <li key={`c-${t.touchpointId}`}>
              <ItemButton id={t.touchpointId}>No channel: {t.title || 'Untitled'}</ItemButton>
            </li>
          ))}
          {coverage.personasWithoutEmotion.map((p) => (
            <li key={p.personaId}>Persona “{p.name}” has no emotions on the map.</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
