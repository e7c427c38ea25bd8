/**
 * Counts as the files UI says them: in the interface language's number format (“4,994”, Indian
 * grouping “12,34,567” in Tamil, Telugu and Malayalam, “4 994” in Armenian), never as bare digits.
 */
import { currentLanguage, formatNumber, type UiLanguage } from '../i18n';

/** A whole number as the interface language writes it. */
export const countText = (value: number, language: UiLanguage = currentLanguage()): string =>
  formatNumber(value, language, 0);

/**
 * The values of a plural sentence: `count` chooses the form (one, other), `n` is the number the
 * sentence shows, written by `countText` (the catalogues write `{{n}}`, not `{{count}}`).
 */
export const countParams = (count: number): { count: number; n: string } => ({ count, n: countText(count) });
