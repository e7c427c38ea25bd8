/**
 * Vocabulary words the insights screens share with the report (emotion and
 * severity names, opportunity status, matrix axes and quadrants), read from
 * the report's labels in the interface language at the moment of showing, so
 * the panel and the printed report use one wording.
 */
import type { MatrixAxis, Quadrant } from '../domain/matrix';
import type { Opportunity } from '../domain/model';
import type { PainSeverity } from '../domain/vocabulary';
import { currentLanguage } from '../i18n';
import { emotionWord, REPORT_LABELS, type Labels } from '../reports/labels';

/** The report's words in the interface language. */
export function words(): Labels {
  return REPORT_LABELS[currentLanguage()];
}

export const emotionName = (score: number): string => emotionWord(words(), score);
export const severityName = (severity: PainSeverity): string => words().severity[severity];
export const opportunityStatusName = (status: Opportunity['status']): string => words().opportunityStatus[status];
export const axisName = (axis: MatrixAxis): string => words().matrix.axes[axis];
export const quadrantName = (quadrant: Quadrant): string => words().matrix.quadrants[quadrant];
