import { ControlButton, Controls, useStore, type ReactFlowState } from '@xyflow/react';
import { Minus, Plus } from 'lucide-react';
import { useTranslation } from '../../i18n';
import { useEditorActions } from '../actions-context';

/** The keys of the zoom buttons, as the shortcut sheet and the View menu give them. */
export const ZOOM_KEYS = { zoomIn: 'Ctrl+=', zoomOut: 'Ctrl+-', fitView: 'F' } as const;
/** The same keys for assistive technology (`aria-keyshortcuts`). */
const ARIA_KEYS = { zoomIn: 'Control+= Meta+=', zoomOut: 'Control+- Meta+-', fitView: 'F' } as const;

const zoomLimits = (s: ReactFlowState) => (s.transform[2] >= s.maxZoom ? 1 : 0) | (s.transform[2] <= s.minZoom ? 2 : 0);

/**
 * The map's zoom buttons. Their tooltips name their keys ("Zoom in (Ctrl+=)"), their accessible names
 * are the plain names; Fit View is the command's (readable when the content fits so), not React Flow's plain fit.
 * Its own component, so that only it follows the zoom (for the limits), not the canvas.
 */
export function ZoomControls() {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const limits = useStore(zoomLimits);
  const buttons = [
    {
      key: 'zoomIn',
      className: 'react-flow__controls-zoomin',
      run: () => actions.zoomIn(false),
      icon: <Plus />,
      disabled: !!(limits & 1),
    },
    {
      key: 'zoomOut',
      className: 'react-flow__controls-zoomout',
      run: () => actions.zoomOut(false),
      icon: <Minus />,
      disabled: !!(limits & 2),
    },
    {
      key: 'fitView',
      className: 'react-flow__controls-fitview',
      run: () => actions.fitView(),
      icon: <FitViewIcon />,
      disabled: false,
    },
  ] as const;
  return (
    <Controls showZoom={false} showInteractive={false} showFitView={false} aria-label={t('editor.zoomControls')}>
      {buttons.map((b) => {
        const name = t(`editor.flow.${b.key}`);
        return (
          <ControlButton
            key={b.key}
            className={b.className}
            onClick={b.run}
            disabled={b.disabled}
            title={`${name} (${ZOOM_KEYS[b.key]})`}
            aria-label={name}
            aria-keyshortcuts={ARIA_KEYS[b.key]}
          >
            {b.icon}
          </ControlButton>
        );
      })}
    </Controls>
  );
}

/** Four corners pointing out: the map fitted to the canvas. */
function FitViewIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden focusable="false">
      <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
