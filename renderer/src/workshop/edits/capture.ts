/** The capture bar: what a typed line adds, and where. */
import { newOpportunity, newPainPoint } from '../../domain/factories';
import type { Touchpoint } from '../../domain/model';
import { LIMITS } from '../../domain/model';
import { emotionLevel } from '../../domain/vocabulary';
import type { CaptureLine } from '../../domain/workshop/capture';
import { truncateGraphemes } from '../../domain/workshop/text';
import { addTouchpoint, updateTouchpoint } from '../../session/edits';
import { type DocState } from '../../session/doc-state';
import { quote, refuse, type EditResult } from './result';
import { notesForLines } from './note-placement';
import { t } from '../../i18n';
import { messageText } from '../../i18n/messages';
import { emotionName, severityName } from '../words';

/** Touchpoints of a stage in reading order (top to bottom, then left to right). */
export function stageTouchpoints(doc: DocState, stageId: string): Touchpoint[] {
  return Object.values(doc.touchpoints)
    .filter((t) => t.stageId === stageId)
    .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
}

/**
 * The touchpoint a pain point, opportunity or emotion goes to: the selected
 * touchpoint, else the lowest one in the focused stage (usually the one just captured).
 */
export function captureTarget(
  doc: DocState,
  selection: ReadonlySet<string>,
  stageId: string | null,
): Touchpoint | null {
  for (const id of selection) {
    const tp = doc.touchpoints[id];
    if (tp) return tp;
  }
  if (!stageId) return null;
  const list = stageTouchpoints(doc, stageId);
  return list[list.length - 1] ?? null;
}

export interface CaptureContext {
  mode: 'touchpoint' | 'note';
  stageId: string | null;
  target: Touchpoint | null;
  now: number;
}

/** Turn one parsed line into an edit. */
export function captureEdit(doc: DocState, line: CaptureLine, ctx: CaptureContext): EditResult {
  switch (line.kind) {
    case 'empty':
      return refuse(t('live.edits.typeFirst'));
    case 'incomplete':
      return refuse(messageText(line.text));
    case 'item': {
      if (ctx.mode === 'note' || !ctx.stageId) {
        if (ctx.mode === 'touchpoint' && !ctx.stageId) return refuse(t('live.edits.stageFirst'));
        const { changes, ids } = notesForLines(doc, [{ text: line.text, question: false }], ctx.stageId, ctx.now);
        return {
          ok: true,
          label: t('live.edits.captureNote'),
          changes,
          select: ids,
          message: t('live.edits.addedNote', { text: quote(line.text) }),
        };
      }
      const title = truncateGraphemes(line.text, LIMITS.shortText);
      const description = title.length < line.text.length ? line.text : '';
      const { changes, touchpoint } = addTouchpoint(doc, ctx.stageId, { title, description, createdAt: ctx.now });
      const stage = doc.stages[ctx.stageId]?.name ?? '';
      return {
        ok: true,
        label: t('live.edits.captureTouchpoint'),
        changes,
        select: [touchpoint.id],
        message: t('live.edits.addedTouchpoint', { title: quote(title), stage }),
      };
    }
    case 'question': {
      const { changes, ids } = notesForLines(doc, [{ text: line.text, question: true }], ctx.stageId, ctx.now);
      return {
        ok: true,
        label: t('live.edits.captureQuestion'),
        changes,
        select: ids,
        message: t('live.edits.addedQuestion', { text: quote(line.text) }),
      };
    }
    case 'pain':
    case 'opportunity':
    case 'emotion': {
      const tp = ctx.target;
      if (!tp) return refuse(t('live.edits.targetFirst'));
      const on = quote(tp.title || t('workshop.untitledTouchpoint'));
      if (line.kind === 'pain') {
        const pain = newPainPoint(truncateGraphemes(line.text, LIMITS.longText), line.severity);
        return {
          ok: true,
          label: t('live.edits.capturePain'),
          changes: updateTouchpoint(doc, tp.id, { painPoints: [...tp.painPoints, pain] }),
          select: [tp.id],
          message: t('live.edits.addedPain', { severity: severityName(line.severity).toLowerCase(), on }),
        };
      }
      if (line.kind === 'opportunity') {
        const opportunity = newOpportunity(truncateGraphemes(line.text, LIMITS.longText));
        return {
          ok: true,
          label: t('live.edits.captureOpportunity'),
          changes: updateTouchpoint(doc, tp.id, { opportunities: [...tp.opportunities, opportunity] }),
          select: [tp.id],
          message: t('live.edits.addedOpportunity', { on }),
        };
      }
      const patch: Partial<Touchpoint> = { emotion: line.emotion };
      if (line.label) patch.emotionLabel = truncateGraphemes(line.label, LIMITS.shortText);
      const changes = updateTouchpoint(doc, tp.id, patch);
      const signed = line.emotion > 0 ? `+${line.emotion}` : `${line.emotion}`;
      return {
        ok: true,
        label: t('live.edits.captureEmotion'),
        changes,
        select: [tp.id],
        message: changes.length
          ? t('live.edits.setEmotion', { on, emotion: emotionName(line.emotion), score: signed })
          : t('live.edits.sameEmotion', { on, emotion: emotionName(line.emotion), score: signed }),
      };
    }
  }
}

/** What Enter will do with this line, for the live hint under the capture bar. */
export function capturePreview(line: CaptureLine, ctx: Omit<CaptureContext, 'now'>, stageName: string): string {
  const on = ctx.target
    ? t('live.edits.previewOn', { title: quote(ctx.target.title || t('workshop.untitledTouchpoint'), 30) })
    : t('live.edits.previewNoTarget');
  const above = stageName || t('live.capture.theMap');
  switch (line.kind) {
    case 'empty':
      return '';
    case 'incomplete':
      return messageText(line.text);
    case 'item':
      return ctx.mode === 'note' || !ctx.stageId
        ? t('live.edits.previewNote', { stage: above })
        : t('live.edits.previewTouchpoint', { stage: stageName });
    case 'question':
      return t('live.edits.previewQuestion', { stage: above });
    case 'pain':
      return t('live.edits.previewPain', {
        severity: severityName(line.severity).toLowerCase(),
        level: line.severity,
        on,
      });
    case 'opportunity':
      return t('live.edits.previewOpportunity', { on });
    case 'emotion': {
      const level = emotionLevel(line.emotion);
      const signed = line.emotion > 0 ? `+${line.emotion}` : `${line.emotion}`;
      const words = { face: level.face, emotion: emotionName(line.emotion), score: signed, on };
      return line.label
        ? t('live.edits.previewEmotionLabelled', { ...words, label: line.label })
        : t('live.edits.previewEmotion', words);
    }
  }
}
