import type { ReactNode } from 'react';
import { EmotionFace } from '../../editor/canvas/EmotionFace';
import { emotionColour } from '../../domain/vocabulary';
import type { Stage, Touchpoint } from '../../domain/model';
import { readableInk } from '../../domain/contrast';
import { CurveSegment } from './CurveSegment';
import { useTranslation } from '../../i18n';
import { emotionName, severityName } from '../words';

const MAX_TOUCHPOINTS = 7;
const MAX_PAINS = 5;

/** Shown for a touchpoint with no emotion (a dash, not a word). */
const NO_EMOTION_MARK = '–';

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/**
 * The side caption of one presentation step: large enough to read from the back of a room. `help` (the keys line)
 * goes below its body, which is cut off above it when a stage has more than fits.
 */
export function StageCaption(props: {
  stage: Stage;
  index: number;
  count: number;
  touchpoints: readonly Touchpoint[];
  help: ReactNode;
}) {
  const { t } = useTranslation();
  const { stage, index, count, touchpoints, help } = props;
  const pains = touchpoints
    .flatMap((t) => t.painPoints.filter((p) => p.text.trim()).map((p) => ({ pain: p, touchpoint: t })))
    .sort((a, b) => b.pain.severity - a.pain.severity);
  const shownTps = touchpoints.slice(0, MAX_TOUCHPOINTS);
  const shownPains = pains.slice(0, MAX_PAINS);
  return (
    <aside
      className="ws-caption"
      aria-label={t('workshop.present.stageLabel', { n: index + 1, total: count, name: stage.name })}
      aria-live="polite"
    >
      <div className="ws-caption-body">
        <div className="ws-caption-step">
          {t('workshop.present.stageOf', { n: index + 1, total: count })}
          <span className="ws-caption-dots" aria-hidden>
            {Array.from({ length: count }, (_, i) => (
              <span key={i} className={i === index ? 'is-on' : ''} />
            ))}
          </span>
        </div>
        <h1 className="ws-caption-title" style={{ borderColor: stage.colour }}>
          {stage.name || t('workshop.untitledStage')}
        </h1>
        {stage.customerGoal.trim() && (
          <section>
            <h2>{t('workshop.present.goal')}</h2>
            <p className="ws-caption-goal">{stage.customerGoal}</p>
          </section>
        )}
        <section>
          <h2>{t('workshop.present.touchpoints')}</h2>
          {shownTps.length === 0 ? (
            <p className="ws-caption-empty">{t('workshop.present.none')}</p>
          ) : (
            <ul className="ws-caption-list">
              {shownTps.map((tp) => (
                <li key={tp.id}>
                  {tp.emotion === null ? (
                    <span className="ws-chip ws-chip-none" role="img" aria-label={t('workshop.present.noEmotion')}>
                      {NO_EMOTION_MARK}
                    </span>
                  ) : (
                    <span
                      className="ws-chip"
                      role="img"
                      style={{ background: emotionColour(tp.emotion), color: readableInk(emotionColour(tp.emotion)) }}
                      aria-label={`${emotionName(tp.emotion)}, ${signed(tp.emotion)}`}
                    >
                      <EmotionFace score={tp.emotion} size={26} />
                      {signed(tp.emotion)}
                    </span>
                  )}
                  <span>{tp.title || t('workshop.untitledTouchpoint')}</span>
                </li>
              ))}
              {touchpoints.length > shownTps.length && (
                <li className="ws-caption-more">
                  {t('workshop.present.more', { count: touchpoints.length - shownTps.length })}
                </li>
              )}
            </ul>
          )}
        </section>
        <section>
          <h2>{t('workshop.present.emotion')}</h2>
          <CurveSegment touchpoints={touchpoints} />
        </section>
        {shownPains.length > 0 && (
          <section>
            <h2>{t('workshop.present.painPoints')}</h2>
            <ul className="ws-caption-list">
              {shownPains.map(({ pain, touchpoint }) => (
                <li key={pain.id}>
                  <span className={`ws-sev ws-sev-${pain.severity}`}>{severityName(pain.severity)}</span>
                  <span>
                    {pain.text}
                    <span className="ws-caption-at"> · {touchpoint.title || t('workshop.untitledTouchpoint')}</span>
                  </span>
                </li>
              ))}
              {pains.length > shownPains.length && (
                <li className="ws-caption-more">
                  {t('workshop.present.more', { count: pains.length - shownPains.length })}
                </li>
              )}
            </ul>
          </section>
        )}
      </div>
      {help}
    </aside>
  );
}
