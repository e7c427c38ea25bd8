/**
 * The insights panel's sentence on how much of the map is backed by data, in the interface language
 * (domain/evidence's evidenceSentence says it in English, for the report's own words).
 */
import type { EvidenceSummary } from '../../domain/evidence';
import { currentLanguage, formatPercent, i18n } from '../../i18n';

export function evidenceText(s: EvidenceSummary): string {
  if (!s.items) return i18n.t('panels.evidenceEmpty');
  const { all } = s;
  const share = formatPercent((s.dataShare ?? 0) / 100, currentLanguage());
  const parts = [
    all.research
      ? i18n.t('panels.evidenceDataResearch', { count: all.data, items: s.items, share, research: all.research })
      : i18n.t('panels.evidenceData', { count: all.data, items: s.items, share }),
  ];
  const weak = all.assumption + all.anecdote;
  if (weak) parts.push(i18n.t('panels.evidenceWeak', { count: weak }));
  if (all.none) parts.push(i18n.t('panels.evidenceNoLevel', { count: all.none }));
  return i18n.t('panels.evidenceSentence', { parts: parts.join('; ') });
}
