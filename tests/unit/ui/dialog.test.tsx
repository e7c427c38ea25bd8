/**
 * The modal dialog shell's markup: its accessible name and description, the
 * close button, busy state and footer. Rendered to HTML on Node (the unit
 * project has no DOM); opening, Escape and focus return are covered by the
 * end-to-end tests that use the dialogs (exports, files, editor).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ModalDialog, type ModalDialogProps } from '../../../renderer/src/ui/Dialog';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

const noop = () => {};

function render(props: Partial<ModalDialogProps> = {}): string {
  return renderToStaticMarkup(<ModalDialog open title="Report" onClose={noop} {...props} />);
}

/** The value of `name` on the first element matching `tag`. */
function attr(html: string, tag: string, name: string): string | null {
  const element = html.match(new RegExp(`<${tag}\\b[^>]*>`))?.[0] ?? '';
  const value = element.match(new RegExp(`\\s${name}="([^"]*)"`));
  return value ? value[1]! : null;
}

/** The inner HTML of the element whose id is `id`. */
function byId(html: string, id: string): string | null {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html.match(new RegExp(`<(\\w+)[^>]*\\sid="${escaped}"[^>]*>(.*?)</\\1>`))?.[2] ?? null;
}

describe('ModalDialog markup', () => {
  it('is named by its title heading and never opened by attribute (showModal opens it)', () => {
    const html = render({ title: TAMIL[0] });
    const labelledBy = attr(html, 'dialog', 'aria-labelledby');
    // The dialog points at its heading, and the heading holds the title.
    expect(labelledBy).toBe(attr(html, 'h2', 'id'));
    expect(labelledBy).not.toBe('');
    expect(byId(html, labelledBy!)).toBe(TAMIL[0]);
    expect(html).toMatch(/<h2 [^>]*id="[^"]+"/);
    expect(attr(html, 'dialog', 'open')).toBeNull();
    expect(attr(html, 'dialog', 'class')).toBe('modal-dialog');
  });

  it('keeps titles in every seed script whole', () => {
    for (const title of [TELUGU[0], MALAYALAM[2], ARMENIAN[0]]) {
      const html = render({ title });
      expect(byId(html, attr(html, 'dialog', 'aria-labelledby')!)).toBe(title);
    }
  });

  it('adds the size class after its own', () => {
    expect(attr(render({ className: 'export-dialog report-dialog' }), 'dialog', 'class')).toBe(
      'modal-dialog export-dialog report-dialog',
    );
  });

  it('has a close button named "Close" unless told a more precise name', () => {
    const plain = render();
    expect(attr(plain, 'button', 'aria-label')).toBe('Close');
    expect(attr(plain, 'button', 'title')).toBe('Close (Esc)');
    expect(attr(plain, 'button', 'type')).toBe('button');
    expect(attr(render({ closeLabel: 'Close without importing' }), 'button', 'aria-label')).toBe(
      'Close without importing',
    );
  });

  it('is described by its description and by the element the caller names, in that order', () => {
    const html = render({ description: `Saved · “${MALAYALAM[1]}”`, describedBy: 'status-line' });
    const ids = attr(html, 'dialog', 'aria-describedby')!.split(' ');
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe('status-line');
    expect(byId(html, ids[0]!)).toBe(`Saved · “${MALAYALAM[1]}”`);
    expect(attr(html, 'dialog', 'aria-describedby')).not.toContain(attr(html, 'dialog', 'aria-labelledby'));
  });

  it('leaves an empty description out, and the description attribute with it', () => {
    for (const description of [undefined, null, false, '']) {
      const html = render({ description });
      expect(attr(html, 'dialog', 'aria-describedby')).toBeNull();
      expect(html).not.toContain('modal-dialog-description');
    }
    expect(attr(render({ describedBy: 'status-line' }), 'dialog', 'aria-describedby')).toBe('status-line');
  });

  it('while busy, says so and disables the close button', () => {
    const busy = render({ busy: true });
    expect(attr(busy, 'dialog', 'aria-busy')).toBe('true');
    expect(attr(busy, 'button', 'disabled')).toBe('');
    const idle = render({ busy: false });
    expect(attr(idle, 'dialog', 'aria-busy')).toBeNull();
    expect(attr(idle, 'button', 'disabled')).toBeNull();
  });

  it('puts the content after the header and the footer last, only when there is one', () => {
    const html = render({
      children: <p className="body">{TELUGU[1]}</p>,
      footer: <button type="button">Export PDF…</button>,
    });
    const head = html.indexOf('<header class="modal-dialog-head">');
    const body = html.indexOf(`<p class="body">${TELUGU[1]}</p>`);
    const foot = html.indexOf('<footer class="modal-dialog-foot"><button type="button">Export PDF…</button></footer>');
    expect(head).toBeGreaterThanOrEqual(0);
    expect(body).toBeGreaterThan(head);
    expect(foot).toBeGreaterThan(body);
    expect(render({ footer: undefined })).not.toContain('<footer');
    expect(render({ footer: false })).not.toContain('<footer');
  });

  it('gives two dialogs on one page different ids', () => {
    const html = renderToStaticMarkup(
      <>
        <ModalDialog open title="One" description="First" onClose={noop} />
        <ModalDialog open title="Two" description="Second" onClose={noop} />
      </>,
    );
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });
});
