import { EmotionFace } from '../../editor/canvas/EmotionFace';
import { emotionColour, emotionLevel, PAIN_SEVERITY_LABELS } from '../../domain/vocabulary';
import type { Stage, Touchpoint } from '../../domain/model';
import { readableInk } from '../../domain/contrast';
import { CurveSegment } from './CurveSegment';

const MAX_TOUCHPOINTS = 7;
const MAX_PAINS = 5;

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** The side caption of one presentation step: large enough to read from the back of a room. */
export function StageCaption(props: {
  stage: Stage;
  index: number;
  count: number;
  touchpoints: readonly Touchpoint[];
}) {
  const { stage, index, count, touchpoints } = props;
  const pains = touchpoints
    .flatMap((t) => t.painPoints.filter((p) => p.text.trim()).map((p) => ({ pain: p, touchpoint: t })))
    .sort((a, b) => b.pain.severity - a.pain.severity);
  const shownTps = touchpoints.slice(0, MAX_TOUCHPOINTS);
  const shownPains = pains.slice(0, MAX_PAINS);
  return (
    <aside className="ws-caption" aria-label={`Stage ${index + 1} of ${count}: ${stage.name}`} aria-live="polite">
      <div className="ws-caption-step">
        Stage {index + 1} of {count}
        <span className="ws-caption-dots" aria-hidden>
          {Array.from({ length: count }, (_, i) => (
            <span key={i} className={i === index ? 'is-on' : ''} />
          ))}
        </span>
      </div>
      <h1 className="ws-caption-title" style={{ borderColor: stage.colour }}>
        {stage.name || 'Untitled stage'}
      </h1>
      {stage.customerGoal.trim() && (
        <section>
          <h2>Customer goal</h2>
          <p className="ws-caption-goal">{stage.customerGoal}</p>
        </section>
      )}
      <section>
        <h2>Touchpoints</h2>
        {shownTps.length === 0 ? (
          <p className="ws-caption-empty">None yet.</p>
        ) : (
          <ul className="ws-caption-list">
            {shownTps.map((t) => (
              <li key={t.id}>
                {t.emotion === null ? (
                  <span className="ws-chip ws-chip-none" role="img" aria-label="No emotion">
                    –
                  </span>
                ) : (
                  <span
                    className="ws-chip"
                    role="img"
                    style={{ background: emotionColour(t.emotion), color: readableInk(emotionColour(t.emotion)) }}
                    aria-label={`${emotionLevel(t.emotion).label}, ${signed(t.emotion)}`}
                  >
                    <EmotionFace score={t.emotion} size={26} />
                    {signed(t.emotion)}
                  </span>
                )}
                <span>{t.title || 'Untitled touchpoint'}</span>
              </li>
            ))}
            {touchpoints.length > shownTps.length && (
              <li className="ws-caption-more">and {touchpoints.length - shownTps.length} more</li>
            )}
          </ul>
        )}
      </section>
      <section>
        <h2>Emotion</h2>
        <CurveSegment touchpoints={touchpoints} />
      </section>
      {shownPains.length > 0 && (
        <section>
          <h2>Pain points</h2>
          <ul className="ws-caption-list">
            {shownPains.map(({ pain, touchpoint }) => (
              <li key={pain.id}>
                <span className={`ws-sev ws-sev-${pain.severity}`}>{PAIN_SEVERITY_LABELS[pain.severity]}</span>
                <span>
                  {pain.text}
                  <span className="ws-caption-at"> · {touchpoint.title || 'Untitled touchpoint'}</span>
                </span>
              </li>
            ))}
            {pains.length > shownPains.length && (
              <li className="ws-caption-more">and {pains.length - shownPains.length} more</li>
            )}
          </ul>
        </section>
      )}
    </aside>
  );
}
