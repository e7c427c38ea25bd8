import { Pause, Play, Plus, RotateCcw } from 'lucide-react';
import { describeClock, formatClock, MINUTE } from '../timer';
import { timerActions } from '../workshop-ui';
import { useTimerClock } from './use-timer-clock';
import { useTranslation } from '../../i18n';

const PRESETS = [2, 5, 10, 15, 25];

/** Big clock with start/pause, add a minute, reset, and preset lengths (in the Workshop panel). */
export function TimerControls() {
  const { t } = useTranslation();
  const { timer, running, left, timeUp } = useTimerClock();
  return (
    <div className="ws-timer-controls">
      <div
        className={`ws-timer-big${timeUp ? ' is-up' : ''}`}
        role="timer"
        aria-label={timeUp ? t('workshop.timer.up') : describeClock(left)}
      >
        {timeUp ? t('workshop.timer.up') : formatClock(left)}
      </div>
      <div className="ws-row">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => timerActions.startPause()}
          title={running ? t('workshop.timer.pauseTitle') : t('workshop.timer.startTitle')}
        >
          {running ? <Pause size={16} aria-hidden /> : <Play size={16} aria-hidden />}
          {running ? t('workshop.timer.pause') : t('workshop.timer.start')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => timerActions.addMinute()}
          title={t('workshop.timer.addMinute')}
        >
          <Plus size={16} aria-hidden /> {t('workshop.timer.minutes', { count: 1 })}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => timerActions.reset()}
          title={t('workshop.timer.resetTitle')}
        >
          <RotateCcw size={16} aria-hidden /> {t('workshop.timer.reset')}
        </button>
      </div>
      <div className="ws-row" role="group" aria-label={t('workshop.timer.length')}>
        {PRESETS.map((m) => (
          <button
            key={m}
            type="button"
            className={`btn ws-btn-sm${timer.durationMs === m * MINUTE ? ' is-pressed' : ''}`}
            onClick={() => timerActions.reset(m * MINUTE)}
            title={t('workshop.timer.setTo', { count: m })}
          >
            {t('workshop.timer.minutes', { count: m })}
          </button>
        ))}
      </div>
    </div>
  );
}
