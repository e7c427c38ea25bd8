/**
 * Vocabulary words the workshop shares with the report (emotion and severity
 * names), read from the report's labels in the interface language at the
 * moment of showing, so the room sees the words the printed report uses.
 */
import type { PainSeverity } from '../domain/vocabulary';
import { currentLanguage } from '../i18n';
import { emotionWord, REPORT_LABELS } from '../reports/labels';

export const emotionName = (score: number): string => emotionWord(REPORT_LABELS[currentLanguage()], score);
export const severityName = (severity: PainSeverity): string => REPORT_LABELS[currentLanguage()].severity[severity];
