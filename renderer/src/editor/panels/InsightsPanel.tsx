import { useDeferredValue, useMemo } from 'react';
import { evidenceSummary } from '../../domain/evidence';
import { evidenceText } from './evidence-text';
import { computeInsights, formatSigned } from '../../domain/insights';
import { journeyDocumentOf, useEditor } from '../../session/react';
import { useEditorActions } from '../actions-context';
import { emotionColour } from '../../domain/vocabulary';
import { currentLanguage, useTranslation } from '../../i18n';
import { fill, healthDisplay, healthFormula, healthLabel, hotSpotExplanation } from '../../reports/insight-text';
import { REPORT_LABELS } from '../../reports/labels';

function Signed({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">—</span>;
  return (
    <span className="signed" style={{ borderColor: emotionColour(value) }}>
      {formatSigned(value)}
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
  const noGaps =
    coverage.emptyStages.length +
      coverage.withoutEmotion.length +
      coverage.withoutChannel.length +
      coverage.personasWithoutEmotion.length ===
    0;
  const evidence = useMemo(() => evidenceSummary(journeyDocumentOf(deferred)), [deferred]);
  const { t } = useTranslation();
  const untitled = t('panels.untitled');
  const hotScore = (score: number) =>
    fill(REPORT_LABELS[currentLanguage()].insights.score, { score: Math.round(score * 100) });
  return (
    <div className="insights">
      <section aria-labelledby="ins-health">
        <h3 id="ins-health">{t('panels.health')}</h3>
        <dl className="health-grid">
          {insights.health.map((h) => (
            <div key={h.key} className="health-figure" title={healthFormula(h, REPORT_LABELS[currentLanguage()])}>
              <dt>{healthLabel(h, REPORT_LABELS[currentLanguage()])}</dt>
              <dd>{healthDisplay(h, REPORT_LABELS[currentLanguage()])}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="ins-evidence">
        <h3 id="ins-evidence">{t('panels.evidence')}</h3>
        <p className="evidence-line" data-evidence-share={evidence.dataShare ?? ''}>
          {evidenceText(evidence)}
        </p>
      </section>
      <section aria-labelledby="ins-low">
        <h3 id="ins-low">{t('panels.lowPoints')}</h3>
        {insights.lowPoints.length === 0 && <p className="muted">{t('panels.noEmotions')}</p>}
        <ol className="insight-list">
          {insights.lowPoints.map((p) => (
            <li key={p.touchpointId}>
              <ItemButton id={p.touchpointId}>
                <Signed value={p.emotion} /> {p.title || untitled}
              </ItemButton>
            </li>
          ))}
        </ol>
        {insights.steepestDrops.length > 0 && (
          <>
            <h4>{t('panels.steepestDrops')}</h4>
            <ol className="insight-list">
              {insights.steepestDrops.map((d) => (
                <li key={`${d.from.touchpointId}-${d.to.touchpointId}`}>
                  <ItemButton id={d.to.touchpointId}>
                    {d.from.title} → {d.to.title} <span className="muted">{t('panels.dropBy', { drop: d.drop })}</span>
                  </ItemButton>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <section aria-labelledby="ins-hot">
        <h3 id="ins-hot">{t('panels.hotSpots')}</h3>
        {insights.hotSpots.length === 0 && <p className="muted">{t('panels.noHotSpots')}</p>}
        <ol className="insight-list">
          {insights.hotSpots.slice(0, 8).map((h) => (
            <li key={h.touchpointId}>
              <ItemButton id={h.touchpointId}>
                {/* The bare number says nothing on its own: its tooltip, and what a screen reader reads, say it is a score out of 100. */}
                <span className="hot-score" title={hotScore(h.score)} aria-hidden>
                  {Math.round(h.score * 100)}
                </span>{' '}
                <span className="sr-only">{hotScore(h.score)}: </span>
                {h.title || untitled}
                <span className="insight-detail">{hotSpotExplanation(h, REPORT_LABELS[currentLanguage()])}</span>
              </ItemButton>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="ins-moments">
        <h3 id="ins-moments">{t('panels.moments')}</h3>
        {insights.momentsOfTruth.length + insights.delightMoments.length === 0 &&
          recovery.loops.length + recovery.unrecovered.length === 0 && <p className="muted">{t('panels.noMoments')}</p>}
        <ol className="insight-list">
          {insights.momentsOfTruth.map((m) => (
            <li key={m.touchpointId}>
              <ItemButton id={m.touchpointId}>{t('panels.momentOfTruthItem', { title: m.title })}</ItemButton>
            </li>
          ))}
          {insights.delightMoments.map((m) => (
            <li key={m.touchpointId}>
              <ItemButton id={m.touchpointId}>{t('panels.delightItem', { title: m.title })}</ItemButton>
            </li>
          ))}
        </ol>
        {recovery.loops.map((l) => (
          <ItemButton key={l.failureConnectionId} id={l.touchpointId}>
            {t('panels.recovery', { title: l.at.title })}{' '}
            <span className="insight-detail">
              {t('panels.before')} <Signed value={l.before.emotion} /> · {t('panels.atFailure')}{' '}
              <Signed value={l.at.emotion} /> · {t('panels.afterRecovery')} <Signed value={l.after.emotion} />
            </span>
          </ItemButton>
        ))}
        {recovery.unrecovered.map((u) => (
          <ItemButton key={u.failureConnectionId} id={u.touchpointId}>
            {t('panels.unrecovered', { title: u.at.title })}
          </ItemButton>
        ))}
      </section>
      {insights.expectationGaps.length > 0 && (
        <section aria-labelledby="ins-gaps">
          <h3 id="ins-gaps">{t('panels.expectationGaps')}</h3>
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
        <h3 id="ins-coverage">{t('panels.coverageGaps')}</h3>
        {noGaps && <p className="muted">{t('panels.noCoverageGaps')}</p>}
        <ul className="insight-list">
          {coverage.emptyStages.map((s) => (
            <li key={s.stageId}>{t('panels.emptyStage', { name: s.name })}</li>
          ))}
          {coverage.withoutEmotion.slice(0, 5).map((tp) => (
            <li key={`e-${tp.touchpointId}`}>
              <ItemButton id={tp.touchpointId}>{t('panels.noEmotion', { title: tp.title || untitled })}</ItemButton>
            </li>
          ))}
          {coverage.withoutChannel.slice(0, 5).map((tp) => (
            <li key={`c-${tp.touchpointId}`}>
              <ItemButton id={tp.touchpointId}>{t('panels.noChannel', { title: tp.title || untitled })}</ItemButton>
            </li>
          ))}
          {coverage.personasWithoutEmotion.map((p) => (
            <li key={p.personaId}>{t('panels.personaNoEmotion', { name: p.name })}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
