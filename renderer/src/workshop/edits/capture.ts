/** The capture bar: what a typed line adds, and where. */
import { newOpportunity, newPainPoint } from '../../domain/factories';
import type { Touchpoint } from '../../domain/model';
import { LIMITS } from '../../domain/model';
import { emotionLevel, PAIN_SEVERITY_LABELS } from '../../domain/vocabulary';
import type { CaptureLine } from '../../domain/workshop/capture';
import { truncateGraphemes } from '../../domain/workshop/text';
import { addTouchpoint, updateTouchpoint } from '../../session/edits';
import { type DocState } from '../../session/doc-state';
import { quote, refuse, type EditResult } from './result';
import { notesForLines } from './note-placement';

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
    const t = doc.touchpoints[id];
    if (t) return t;
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
      return refuse('Type something first.');
    case 'incomplete':
      return refuse(line.message);
    case 'item': {
      if (ctx.mode === 'note' || !ctx.stageId) {
        if (ctx.mode === 'touchpoint' && !ctx.stageId)
          return refuse('Add a stage first, then capture touchpoints into it.');
        const { changes, ids } = notesForLines(doc, [{ text: line.text, question: false }], ctx.stageId, ctx.now);
        return { ok: true, label: 'Capture note', changes, select: ids, message: `Added note ${quote(line.text)}.` };
      }
      const title = truncateGraphemes(line.text, LIMITS.shortText);
      const description = title.length < line.text.length ? line.text : '';
      const { changes, touchpoint } = addTouchpoint(doc, ctx.stageId, { title, description, createdAt: ctx.now });
      const stage = doc.stages[ctx.stageId]?.name ?? '';
      return {
        ok: true,
        label: 'Capture touchpoint',
        changes,
        select: [touchpoint.id],
        message: `Added touchpoint ${quote(title)} to ${stage}.`,
      };
    }
    case 'question': {
      const { changes, ids } = notesForLines(doc, [{ text: line.text, question: true }], ctx.stageId, ctx.now);
      return {
        ok: true,
        label: 'Capture question',
        changes,
        select: ids,
        message: `Added question ${quote(line.text)}.`,
      };
    }
    case 'pain':
    case 'opportunity':
    case 'emotion': {
      const t = ctx.target;
      if (!t) return refuse('Capture or select a touchpoint first: pain points, opportunities and emotions go on one.');
      const on = quote(t.title || 'Untitled touchpoint');
      if (line.kind === 'pain') {
        const pain = newPainPoint(truncateGraphemes(line.text, LIMITS.longText), line.severity);
        return {
          ok: true,
          label: 'Capture pain point',
          changes: updateTouchpoint(doc, t.id, { painPoints: [...t.painPoints, pain] }),
          select: [t.id],
          message: `Added a ${PAIN_SEVERITY_LABELS[line.severity].toLowerCase()} pain point to ${on}.`,
        };
      }
      if (line.kind === 'opportunity') {
        const opportunity = newOpportunity(truncateGraphemes(line.text, LIMITS.longText));
        return {
          ok: true,
          label: 'Capture opportunity',
          changes: updateTouchpoint(doc, t.id, { opportunities: [...t.opportunities, opportunity] }),
          select: [t.id],
          message: `Added an opportunity to ${on}.`,
        };
      }
      const patch: Partial<Touchpoint> = { emotion: line.emotion };
      if (line.label) patch.emotionLabel = truncateGraphemes(line.label, LIMITS.shortText);
      const changes = updateTouchpoint(doc, t.id, patch);
      const level = emotionLevel(line.emotion);
      const signed = line.emotion > 0 ? `+${line.emotion}` : `${line.emotion}`;
      return {
        ok: true,
        label: 'Capture emotion',
        changes,
        select: [t.id],
        message: changes.length
          ? `Set ${on} to ${level.label} (${signed}).`
          : `${on} is already ${level.label} (${signed}).`,
      };
    }
  }
}

/** What Enter will do with this line, for the live hint under the capture bar. */
export function capturePreview(line: CaptureLine, ctx: Omit<CaptureContext, 'now'>, stageName: string): string {
  const on = ctx.target
    ? ` on ${quote(ctx.target.title || 'Untitled touchpoint', 30)}`
    : ' (select a touchpoint first)';
  switch (line.kind) {
    case 'empty':
      return '';
    case 'incomplete':
      return line.message;
    case 'item':
      return ctx.mode === 'note' || !ctx.stageId
        ? `Enter adds a sticky note above ${stageName || 'the map'}.`
        : `Enter adds a touchpoint to ${stageName}.`;
    case 'question':
      return `Enter adds an open question above ${stageName || 'the map'}.`;
    case 'pain':
      return `Enter adds a ${PAIN_SEVERITY_LABELS[line.severity].toLowerCase()} pain point (severity ${line.severity})${on}.`;
    case 'opportunity':
      return `Enter adds an opportunity${on}.`;
    case 'emotion': {
      const level = emotionLevel(line.emotion);
      const signed = line.emotion > 0 ? `+${line.emotion}` : `${line.emotion}`;
      return `Enter sets the emotion to ${level.face} ${level.label} (${signed})${line.label ? `, “${line.label}”` : ''}${on}.`;
    }
  }
}
