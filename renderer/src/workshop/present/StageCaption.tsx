import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { EmotionFace } from '../../editor/canvas/EmotionFace';
import { emotionColour } from '../../domain/vocabulary';
import type { Stage, Touchpoint } from '../../domain/model';
import { readableInk } from '../../domain/contrast';
import { formatSigned } from '../../domain/insights';
import { CurveSegment } from './CurveSegment';
import { countParams, useTranslation } from '../../i18n';
import { emotionName, severityName } from '../words';
import { longestCaption, shrinkCaption, type CaptionFit } from './caption-fit';
import { textHead } from '../../ui/text-head';

/** Shown for a touchpoint with no emotion (a dash, not a word). */
const NO_EMOTION_MARK = '–';

/**
 * How the caption fits its screen (see `shrinkCaption`): after each render its body is measured and,
 * while it runs past its foot, the caption gives way one step (a list item, the curve's height, the
 * type size), so it ends in "and N more" instead of being cut off. It starts again from `longest`
 * whenever `content` (what is shown) changes, or the room the body has: the window, the caption's
 * width, the keys line's wrapping, fonts arriving. The body's box is the room left to it by the
 * caption, whatever it holds, so watching it does not loop on the caption's own steps.
 */
function useCaptionFit(longest: CaptionFit, content: string) {
  const body = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState(0);
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    let last = `${element.clientWidth}x${element.clientHeight}`;
    const remeasure = () => {
      const now = `${element.clientWidth}x${element.clientHeight}`;
      if (now !== last) {
        last = now;
        setRoom((n) => n + 1);
      }
    };
    const onFonts = () => setRoom((n) => n + 1);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(remeasure) : null;
    observer?.observe(element);
    window.addEventListener('resize', remeasure);
    document.fonts?.addEventListener?.('loadingdone', onFonts);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', remeasure);
      document.fonts?.removeEventListener?.('loadingdone', onFonts);
    };
  }, []);
  const key = `${content}|${room}|${longest.touchpoints}|${longest.pains}`;
  const [fit, setFit] = useState({ key, ...longest });
  if (fit.key !== key) setFit({ key, ...longest });
  const current: CaptionFit = fit.key === key ? fit : longest;
  const { touchpoints, pains, curve, scale, clamp } = current;
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const list = element.querySelector('[data-caption-list="touchpoints"]');
    const foot = element.getBoundingClientRect().bottom;
    const next = shrinkCaption(
      { touchpoints, pains, curve, scale, clamp },
      {
        overflows: element.scrollHeight > element.clientHeight + 1,
        touchpointsCut: !!list && list.getBoundingClientRect().bottom > foot + 1,
      },
    );
    if (next) setFit({ key, ...next });
  }, [key, touchpoints, pains, curve, scale, clamp]);
  return { body, touchpoints, pains, curve, scale, clamp };
}

/**
 * The side caption of one presentation step: large enough to read from the back of a room. `help` (the keys line)
 * goes below its body, whose lists are shortened to what fits, each ending in "and N more".
 */
export function StageCaption(props: {
  stage: Stage;
  index: number;
  count: number;
  touchpoints: readonly Touchpoint[];
  help: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { stage, index, count, touchpoints, help } = props;
  const pains = touchpoints
    .flatMap((t) => t.painPoints.filter((p) => p.text.trim()).map((p) => ({ pain: p, touchpoint: t })))
    .sort((a, b) => b.pain.severity - a.pain.severity);
  const fit = useCaptionFit(
    longestCaption(touchpoints.length, pains.length),
    // What the caption shows: when any of it changes, the lists start again from their longest.
    JSON.stringify([
      stage.id,
      stage.name,
      textHead(stage.customerGoal),
      touchpoints.map((tp) => [tp.title, tp.emotion, tp.painPoints.map((p) => textHead(p.text))]),
      i18n.language,
    ]),
  );
  const shownTps = touchpoints.slice(0, fit.touchpoints);
  const shownPains = pains.slice(0, fit.pains);
  return (
    <aside
      className="ws-caption"
      data-scale={fit.scale}
      data-clamp={fit.clamp || undefined}
      aria-label={t('workshop.present.stageLabel', { n: index + 1, total: count, name: stage.name })}
      aria-live="polite"
    >
      <div className="ws-caption-body" ref={fit.body}>
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
            <p className="ws-caption-goal">{textHead(stage.customerGoal)}</p>
          </section>
        )}
        <section>
          <h2>{t('workshop.present.touchpoints')}</h2>
          {shownTps.length === 0 ? (
            <p className="ws-caption-empty">{t('workshop.present.none')}</p>
          ) : (
            <ul className="ws-caption-list" data-caption-list="touchpoints">
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
                      aria-label={`${emotionName(tp.emotion)}, ${formatSigned(tp.emotion)}`}
                    >
                      <EmotionFace score={tp.emotion} size={26} />
                      {formatSigned(tp.emotion)}
                    </span>
                  )}
                  <span>{tp.title || t('workshop.untitledTouchpoint')}</span>
                </li>
              ))}
              {touchpoints.length > shownTps.length && (
                <li className="ws-caption-more">
                  {t('workshop.present.more', countParams(touchpoints.length - shownTps.length))}
                </li>
              )}
            </ul>
          )}
        </section>
        <section>
          <h2>{t('workshop.present.emotion')}</h2>
          <CurveSegment touchpoints={touchpoints} compact={fit.curve === 'compact'} />
        </section>
        {shownPains.length > 0 && (
          <section>
            <h2>{t('workshop.present.painPoints')}</h2>
            <ul className="ws-caption-list">
              {shownPains.map(({ pain, touchpoint }) => (
                <li key={pain.id}>
                  <span className={`ws-sev ws-sev-${pain.severity}`}>{severityName(pain.severity)}</span>
                  <span>
                    {textHead(pain.text)}
                    <span className="ws-caption-at"> · {touchpoint.title || t('workshop.untitledTouchpoint')}</span>
                  </span>
                </li>
              ))}
              {pains.length > shownPains.length && (
                <li className="ws-caption-more">
                  {t('workshop.present.more', countParams(pains.length - shownPains.length))}
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
