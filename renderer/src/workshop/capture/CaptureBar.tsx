import { createPortal } from 'react-dom';
import { usePortalTarget } from '../use-portal-target';
import { CaptureBarView } from './CaptureBarView';

/**
 * The rapid capture bar: type a line, press Enter, keep typing. Prefixes
 * route the line (see domain/workshop/capture.ts); Alt+←/→ change the stage,
 * Alt+↑/↓ the touchpoint that pain points, opportunities and emotions go to.
 * Its state and keys are in `useCaptureBar`, its look in `CaptureBarView`.
 */
export function CaptureBar() {
  const host = usePortalTarget('.canvas-wrap');
  return host ? createPortal(<CaptureBarView />, host) : null;
}
