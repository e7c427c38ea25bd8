/**
 * axe-core in the e2e suite: checks the page as it is now against the WCAG 2.1
 * A and AA rules and fails with one readable line per offending element (rule,
 * CSS target, what is wrong), so a failure says what to fix without a report viewer.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The rule sets every screen must pass: WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeFinding {
  rule: string;
  impact: string;
  target: string;
  summary: string;
}

export interface AxeScope {
  /** Only this part of the page (a CSS selector): a panel or dialog just opened. */
  include?: string;
  /** Only these rules instead of the WCAG tags (e.g. an experimental rule for one control). */
  rules?: readonly string[];
}

/** Every violation on the page now (or in `scope`), one entry per offending element. */
export async function axeFindings(page: Page, scope: AxeScope = {}): Promise<AxeFinding[]> {
  // axe.run in the page itself: the default runs axe in each frame and then finishes in a new blank page it
  // opens and injects axe into again, for cross-origin frames, which Waymark does not have (the one frame,
  // the report preview, is excluded below). Same findings, a quarter less time (the a11y e2e file: 186 s before, 137 s after).
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (scope.include) builder.include(scope.include);
  // A script-less preview frame (the report dialog's, sandbox="") cannot host axe: injecting into it never
  // returns. Its content is the printed report, whose structure the PDF tests check.
  builder.exclude('iframe[sandbox=""]');
  if (scope.rules) builder.withRules([...scope.rules]);
  // Plus WCAG 2.5.3 (label in name), which axe still marks experimental: a control's spoken name contains the
  // text it shows, so a voice-control user can say what they see.
  else builder.options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).withTags([...AXE_TAGS]);
  const results = await builder.analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => ({
      rule: v.id,
      impact: n.impact ?? v.impact ?? 'unknown',
      target: n.target.map(String).join(' › '),
      summary: (n.failureSummary ?? v.help).replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** The findings as the lines a failing test prints: `rule (impact) at target: summary`. */
export function formatAxeFindings(findings: readonly AxeFinding[]): string {
  return findings.map((f) => `- ${f.rule} (${f.impact}) at ${f.target}: ${f.summary}`).join('\n');
}

/**
 * Fails when axe finds any WCAG 2.1 A/AA violation on the page; `screen` names
 * what was on screen, so the message reads "Library: 2 accessibility violations …".
 */
export async function expectAccessible(page: Page, screen: string, scope: AxeScope = {}): Promise<void> {
  const findings = await axeFindings(page, scope);
  if (findings.length === 0) return;
  const noun = findings.length === 1 ? 'violation' : 'violations';
  throw new Error(
    `${screen}: ${findings.length} accessibility ${noun} (axe, WCAG 2.1 A/AA)\n${formatAxeFindings(findings)}`,
  );
}
