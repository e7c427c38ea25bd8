import { describe, expect, it } from 'vitest';
import { buildMarkdownReport } from '../../../renderer/src/reports/markdown';
import { escapeMarkdown } from '../../../renderer/src/reports/escape';
import { REMINDER_DESCRIPTION, SEED, SEED_PARAGRAPH, XSS_TITLE, buildRichJourney } from './fixture';

const { doc, stageNames } = buildRichJourney();
const md = buildMarkdownReport(doc);

describe('buildMarkdownReport', () => {
  it('has the journey, stages and touchpoints as headings in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings[0]).toBe(`# ${escapeMarkdown(XSS_TITLE)}`);
    const stageHeadings = headings.filter((h) => h.startsWith('## ')).slice(0, stageNames.length);
    expect(stageHeadings).toEqual(stageNames.map((n) => `## ${escapeMarkdown(n)}`));
    expect(headings).toContain(`### ${escapeMarkdown(SEED.tamil)}`);
    expect(headings).toContain(`### ${escapeMarkdown(SEED.armenian)}`);
    expect(md.indexOf('## Discover')).toBeLessThan(md.indexOf('### Receives the renewal reminder'));
    expect(md.indexOf('### Receives the renewal reminder')).toBeLessThan(md.indexOf('## Choose'));
  });

  it('puts each touchpoint description under its heading, then its owner and quotes', () => {
    expect(md).toContain(
      `### Receives the renewal reminder\n\n${escapeMarkdown(REMINDER_DESCRIPTION)}\n\n- **Channel:** Email\n- **Owner:** CRM team`,
    );
    expect(md).toContain(`### ${escapeMarkdown(SEED.tamil)}\n\n${escapeMarkdown(SEED_PARAGRAPH.tamil)}\n`);
    expect(md).toContain(`### ${escapeMarkdown(SEED.armenian)}\n\n${escapeMarkdown(SEED_PARAGRAPH.armenian)}\n`);
    expect(md).toContain('**Quotes**\n\n- “I almost deleted it as spam\\.”');
    expect(md).toContain('**Challenges**\n\n- Little spare time');
  });

  it('lists pain points with severity and opportunities with status and owner', () => {
    expect(md).toContain('- Price went up 18% without explanation (Severe)');
    expect(md).toContain('- Policy wording is hard to follow (Minor)');
    expect(md).toContain('- Explain every price change in the reminder (Planned, owner: Pricing team)');
    expect(md).toContain('- Call\\-back instead of hold music (In progress, owner: Contact centre)');
    expect(md).toContain('- **Emotion:** \u22122 Frustrated');
    // Friction types by their names, not their stored ids.
    expect(md).toContain('- **Friction:** 5/5 (Waiting, Hand\\-offs)');
    expect(md).toContain('NPS +30');
  });

  it('escapes Markdown and HTML in user text', () => {
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\<img src\\=x onerror\\=alert\\(1\\)\\>');
    expect(escapeMarkdown('*bold* [link](x) `code` # h | t _u_ 1. <b>')).toBe(
      '\\*bold\\* \\[link\\]\\(x\\) \\`code\\` \\# h \\| t \\_u\\_ 1\\. \\<b\\>',
    );
    expect(escapeMarkdown('line one\nline two')).toBe('line one line two');
    expect(md).toContain(escapeMarkdown(SEED.telugu));
    expect(md).toContain(escapeMarkdown(SEED.malayalam));
  });

  it('includes personas and notes, and is deterministic', () => {
    expect(md).toContain('### Priya Raman — Busy parent, renews every year');
    expect(md).toContain('> I just want renewal to be one click, not a weekend project\\.');
    expect(md).toContain('- Ask finance for the churn numbers of last year\\.');
    expect(buildMarkdownReport(doc)).toBe(md);
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3,}/);
  });
});
