import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { sortStages } from '../../domain/layout';
import { canvasGeometry, CURVE_LANE_HEIGHT } from '../../editor/canvas/geometry';
import { useEditor, useEditorStore } from '../../session/react';
import { useEditorUi } from '../../editor/ui-store';
import { stageTouchpoints } from '../edits';
import { useWorkshopUi, workshopUi } from '../workshop-ui';
import { LaserPointer } from './LaserPointer';
import { StageCaption } from './StageCaption';
import { useTranslation } from '../../i18n';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Presentation mode: full screen where allowed, chrome hidden, one stage per
 * step (←/→, Page Up/Down for clickers), a side caption in large type, and a
 * laser pointer. Escape (or leaving full screen) ends it and restores the view.
 */
/** The keys named in the help line (key caps, not words). */
const [ARROW_LEFT, ARROW_RIGHT, KEY_L, KEY_D, KEY_T, KEY_ESC] = ['←', '→', 'L', 'D', 'T', 'Esc'];

export function Presentation() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const flow = useReactFlow();
  const index = useWorkshopUi((s) => s.presentIndex);
  const laser = useWorkshopUi((s) => s.laser);
  const stagesMap = useEditor((s) => s.doc.stages);
  const doc = useEditor((s) => s.doc);
  const stages = useMemo(() => sortStages(Object.values(stagesMap)), [stagesMap]);
  const safeIndex = Math.max(0, Math.min(stages.length - 1, index));
  const stage = stages[safeIndex] ?? null;
  const firstFit = useRef(true);

  // Enter and leave: body class, selection cleared, full screen, focus dimming on; all restored after.
  useEffect(() => {
    const saved = flow.getViewport();
    const focusBefore = workshopUi().focus;
    if (focusBefore === 'off') workshopUi().set({ focus: 'stage' });
    document.body.classList.add('ws-presenting');
    // The map is the room's backdrop while presenting, faded outside the current stage: the caption
    // (a live region) carries the stage's words, so the map's cards leave the focus order and the
    // accessibility tree until the presentation ends.
    const map = document.querySelector('.canvas-wrap .react-flow__viewport');
    map?.setAttribute('inert', '');
    store.getState().setSelection([]);
    useEditorUi.getState().set({ contextMenu: null, editingId: null });
    let entered = false;
    const root = document.documentElement;
    if (typeof root.requestFullscreen === 'function' && !document.fullscreenElement) {
      root.requestFullscreen().then(
        () => (entered = true),
        () => undefined, // Not allowed here (e.g. no user gesture): present in the window instead.
      );
    }
    const onFullscreen = () => {
      if (entered && !document.fullscreenElement) workshopUi().set({ presenting: false });
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    (document.activeElement as HTMLElement | null)?.blur?.();
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      document.body.classList.remove('ws-presenting');
      map?.removeAttribute('inert');
      if (entered && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      if (focusBefore === 'off' && workshopUi().focus === 'stage') workshopUi().set({ focus: 'off' });
      setTimeout(() => void flow.setViewport(saved, { duration: 0 }), 60);
    };
  }, [flow, store]);

  const stageId = stage?.id ?? null;
  useEffect(() => {
    if (!stageId) return;
    const s = store.getState();
    const geometry = canvasGeometry(s.doc.stages, s.doc.touchpoints, s.doc.notes);
    const column = geometry.columns.find((c) => c.stage.id === stageId);
    if (!column) return;
    const bounds = { x: column.x, y: 0, width: column.width, height: geometry.laneTop + CURVE_LANE_HEIGHT };
    // The first step waits for the canvas to resize to the presentation layout.
    const delay = firstFit.current ? 120 : 0;
    firstFit.current = false;
    const timer = setTimeout(
      () => void flow.fitBounds(bounds, { padding: 0.08, duration: reducedMotion() ? 0 : 350 }),
      delay,
    );
    useEditorUi.getState().set({ focusedStageId: stageId });
    return () => clearTimeout(timer);
  }, [flow, stageId, store]);

  // The keys line sits at the foot of the caption, in its flow: a caption taller than the screen is cut off above it
  // instead of running under it (it wraps to two lines in Malayalam, Tamil and Telugu).
  const help = (
    <div className="ws-present-help" aria-hidden>
      <kbd>{ARROW_LEFT}</kbd> <kbd>{ARROW_RIGHT}</kbd> {t('workshop.present.stages')} · <kbd>{KEY_L}</kbd>{' '}
      {laser ? t('workshop.present.laserOff') : t('workshop.present.laserOn')} · <kbd>{KEY_D}</kbd>{' '}
      {t('workshop.present.dimming')} · <kbd>{KEY_T}</kbd> {t('workshop.present.timer')} · <kbd>{KEY_ESC}</kbd>{' '}
      {t('workshop.present.exitKey')}
    </div>
  );

  return (
    <div className="ws-presentation" data-testid="presentation">
      {stage ? (
        <StageCaption
          stage={stage}
          index={safeIndex}
          count={stages.length}
          touchpoints={stageTouchpoints(doc, stage.id)}
          help={help}
        />
      ) : (
        <aside className="ws-caption" aria-live="polite">
          <div className="ws-caption-body">
            <h1 className="ws-caption-title">{t('workshop.present.noStages')}</h1>
          </div>
          {help}
        </aside>
      )}
      <button
        type="button"
        className="btn ws-present-exit"
        aria-label={t('workshop.present.exitLabel')}
        title={t('workshop.present.exitTitle')}
        onClick={() => workshopUi().set({ presenting: false })}
      >
        {t('workshop.present.exit')}
      </button>
      {laser && <LaserPointer />}
    </div>
  );
}
