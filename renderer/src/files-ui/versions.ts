/** Names and times of saved versions (snapshots). Pure. */
import { formatDateTimeIn } from '../domain/locale-format';
import { countParams, currentLocale, i18n } from '../i18n';

/** “23 May 2025, 14:05”, in the interface language's locale and the user's time zone unless told otherwise. */
export function formatVersionTime(at: number, locale: string = currentLocale(), timeZone?: string): string {
  return formatDateTimeIn(locale, at, { dateStyle: 'medium', timeZone });
}

/** The name a version gets when the user leaves the name empty. */
export function defaultVersionName(at: number, locale?: string, timeZone?: string): string {
  return i18n.t('files.versionOf', { when: formatVersionTime(at, locale, timeZone) });
}

/** “3 stages · 12 touchpoints”. */
export function versionCounts(stageCount: number, touchpointCount: number): string {
  return `${i18n.t('files.stageCount', countParams(stageCount))} · ${i18n.t('files.touchpointCount', countParams(touchpointCount))}`;
}

export interface PreviewColumn<T> {
  id: string;
  name: string;
  touchpoints: T[];
}

/**
 * A snapshot's touchpoints in stage columns, left to right, each column top
 * to bottom; touchpoints whose stage is gone get a last column of their own.
 */
export function stageColumnsOf<
  S extends { id: string; name: string; order: number },
  T extends { stageId: string; position?: { x: number; y: number }; id: string },
>(document: { stages: readonly S[]; touchpoints: readonly T[] }): PreviewColumn<T>[] {
  const stages = [...document.stages].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const columns = new Map<string, PreviewColumn<T>>(
    stages.map((s) => [s.id, { id: s.id, name: s.name, touchpoints: [] }]),
  );
  const loose: PreviewColumn<T> = { id: '', name: i18n.t('files.notInStage'), touchpoints: [] };
  for (const t of document.touchpoints) (columns.get(t.stageId) ?? loose).touchpoints.push(t);
  const all = [...columns.values(), ...(loose.touchpoints.length ? [loose] : [])];
  for (const c of all) {
    // A snapshot may hold a row an old upgrade kept as it was, so a position can be missing.
    const y = (t: T) => t.position?.y ?? 0;
    const x = (t: T) => t.position?.x ?? 0;
    c.touchpoints.sort((a, b) => y(a) - y(b) || x(a) - x(b) || a.id.localeCompare(b.id));
  }
  return all;
}
