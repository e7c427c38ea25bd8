import { Pause, Play, Plus, RotateCcw } from 'lucide-react';
import { describeClock, formatClock, MINUTE } from '../timer';
import { timerActions } from '../workshop-ui';
import { useTimerClock } from './use-timer-clock';

const PRESETS = [2, 5, 10, 15, 25];

/** Big clock with start/pause, add a minute, reset, and preset lengths (in the Workshop panel). */
export function TimerControls() {
  const { timer, running, left, timeUp } = useTimerClock();
  return (
    <div className="ws-timer-controls">
      <div
        className={`ws-timer-big${timeUp ? ' is-up' : ''}`}
        role="timer"
        aria-label={timeUp ? 'Time is up' : describeClock(left)}
      >
        {timeUp ? 'Time is up' : formatClock(left)}
      </div>
      <div className="ws-row">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => timerActions.startPause()}
          title={running ? 'Pause the timer (T)' : 'Start the timer (T)'}
        >
          {running ? <Pause size={16} aria-hidden /> : <Play size={16} aria-hidden />}
          {running ? 'Pause' : 'Start'}
        </button>
        <button type="button" className="btn" onClick={() => timerActions.addMinute()} title="Add a minute">
          <Plus size={16} aria-hidden /> 1 min
        </button>
        <button type="button" className="btn" onClick={() => timerActions.reset()} title="Reset the timer">
          <RotateCcw size={16} aria-hidden /> Reset
        </button>
      </div>
      <div className="ws-row" role="group" aria-label="Timer length">
        {PRESETS.map((m) => (
          <button
            key={m}
            type="button"
            className={`btn ws-btn-sm${timer.durationMs === m * MINUTE ? ' is-pressed' : ''}`}
            onClick={() => timerActions.reset(m * MINUTE)}
            title={`Set the timer to ${m} minutes`}
          >
            {m} min
          </button>
        ))}
      </div>
    </div>
  );
}
