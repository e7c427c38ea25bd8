import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useEditorStore } from '../session/react';
import { CaptureBar } from './capture/CaptureBar';
import { CanvasDecorations } from './canvas/CanvasDecorations';
import { CanvasStyles } from './canvas/CanvasStyles';
import { LiveLayer } from './live/LiveLayer';
import { useWorkshopKeys } from './keys';
import { Presentation } from './present/Presentation';
import { openWorkshopPanel, TimerBadge } from './timer/TimerBadge';
import { TimerEngine } from './timer/TimerEngine';
import { usePortalTarget } from './use-portal-target';
import { VotingBanner } from './voting/VotingBanner';
import { useWorkshopUi, workshopUi } from './workshop-ui';
import './workshop.css';

/**
 * Everything the workshop lays over the editor: the capture bar, presentation
 * mode, focus dimming, cluster frames and vote dots, the voting banner and the timer.
 */
export function WorkshopLayer() {
  const store = useEditorStore();
  const captureOpen = useWorkshopUi((s) => s.captureOpen);
  const presenting = useWorkshopUi((s) => s.presenting);
  useWorkshopKeys(store);
  // Session-only state ends with the editor (another journey starts clean).
  useEffect(() => () => workshopUi().reset(), []);
  return (
    <>
      <CanvasStyles />
      <CanvasDecorations />
      <TimerEngine />
      <LiveLayer />
      <TimerOverlay />
      <VotingBanner />
      {captureOpen && !presenting && <CaptureBar />}
      {presenting && <Presentation />}
    </>
  );
}

const OVERLAY = 'overlay';

/** The running timer at the map's corner, large enough for the room; a click opens its controls. */
function TimerOverlay() {
  const host = usePortalTarget('.canvas-wrap');
  return host ? createPortal(<TimerBadge variant={OVERLAY} onClick={openWorkshopPanel} />, host) : null;
}
