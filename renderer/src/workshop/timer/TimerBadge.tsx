import { Timer } from 'lucide-react';
import { describeClock, formatClock } from '../timer';
import { useTimerClock } from './use-timer-clock';
import { useTranslation } from '../../i18n';
import { useEditorUi } from '../../editor/ui-store';

/** Opens the workshop panel, where the timer's controls are: what a click on either badge does. */
export const openWorkshopPanel = () => useEditorUi.getState().set({ panel: 'workshop' });

/** The running timer as a compact clock (toolbar) or a large one over the canvas (overlay). */
export function TimerBadge({ variant, onClick }: { variant: 'toolbar' | 'overlay'; onClick?: () => void }) {
  const { t } = useTranslation();
  const { running, left, timeUp, active } = useTimerClock();
  if (!active) return null;
  const ending = running && left <= 30_000;
  const label = timeUp ? t('workshop.timer.up') : describeClock(left);
  const className = `ws-timer-badge ws-timer-${variant}${ending ? ' is-ending' : ''}${timeUp ? ' is-up' : ''}${running ? '' : ' is-paused'}`;
  const content = (
    <>
      <Timer size={variant === 'overlay' ? 28 : 16} aria-hidden />
      <span className="ws-timer-digits">{timeUp ? '0:00' : formatClock(left)}</span>
      {!running && !timeUp && <span className="ws-timer-note">{t('workshop.timer.paused')}</span>}
    </>
  );
  if (onClick)
    return (
      <button
        type="button"
        className={variant === 'toolbar' ? `btn ${className}` : className}
        aria-label={t('workshop.timer.badgeLabel', { label })}
        title={t('workshop.timer.title')}
        onClick={onClick}
      >
        {content}
      </button>
    );
  return (
    <div className={className} role="timer" aria-label={label}>
      {content}
    </div>
  );
}
