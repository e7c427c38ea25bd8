/** Number labels shared by insights and heat values (a true minus sign, as PRODUCT.md writes the scale). */

const MINUS = '\u2212';

/** A number with at most `digits` decimals, trailing zeros dropped: 4.25 → "4.3", 30 → "30", −1.5 → "−1.5". */
export function formatNumber(n: number, digits = 1): string {
  const fixed = n.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const clean = trimmed === '-0' ? '0' : trimmed;
  return clean.startsWith('-') ? MINUS + clean.slice(1) : clean;
}

/** A signed number: +2, 0, −1.5. */
export function formatSigned(n: number, digits = 1): string {
  const text = formatNumber(n, digits);
  return n > 0 && text !== '0' ? `+${text}` : text;
}

/** A 0–100 share as a percentage label: 42.5 → "42.5 %". */
export function formatPercent(share: number, digits = 1): string {
  return `${formatNumber(share, digits)} %`;
}

/** The label for a missing value. */
export const NO_VALUE = '—';
