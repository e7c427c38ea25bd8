import { describe, expect, it } from 'vitest';
import { withFontsFirst } from '../../../electron/main/pdf-pages';
import { createPdfPrinter } from '../../../electron/main/pdf';
import { SEED_TITLES } from './helpers';

const LATIN =
  '@font-face{font-family:"Noto Sans";font-style:normal;font-weight:400;font-display:block;src:url(data:font/woff2;base64,AAAA) format("woff2");unicode-range:U+0000-00FF,U+0131;}';
const TAMIL_BOLD =
  '@font-face{font-family:"Noto Sans Tamil";font-style:normal;font-weight:700;font-display:block;src:url(data:font/woff2;base64,AAAA) format("woff2");unicode-range:U+0300-0301,U+0964-0965,U+0B82-0BFA,U+200C-200D,U+25CC;}';
const body = `<body><h1>${SEED_TITLES.ta}</h1><p>${SEED_TITLES.hy}</p></body>`;

describe('the print window loads a document with its fonts first', () => {
  it('adds, hidden from print, one span per @font-face in its family and weight with characters of its range', () => {
    const html = `<!doctype html><html><head><style>${LATIN}\n${TAMIL_BOLD}</style></head>${body}</html>`;
    const out = withFontsFirst(html);
    // The document itself is untouched, in order.
    expect(out).toContain(`<h1>${SEED_TITLES.ta}</h1><p>${SEED_TITLES.hy}</p>`);
    expect(out).toContain(`<style>${LATIN}\n${TAMIL_BOLD}</style>`);
    // Latin: its first letter; Tamil: the first drawable character of each span (marks and joiners skipped).
    expect(out).toContain(
      '<div data-fonts-first aria-hidden="true"><span class="wf0">&#x41;&#x131;</span><span class="wf1">&#x964;&#xb82;</span></div></body>',
    );
    expect(out).toContain('[data-fonts-first] .wf0{font-family:"Noto Sans";font-weight:400;font-style:normal}');
    expect(out).toContain('[data-fonts-first] .wf1{font-family:"Noto Sans Tamil";font-weight:700;font-style:normal}');
    // On screen only that element is laid out; in print it is left out and the rest shows.
    expect(out).toContain('@media screen{body>:not([data-fonts-first]){display:none!important}}');
    expect(out).toContain('@media print{[data-fonts-first]{display:none!important}}');
    expect(out.indexOf('<style data-print-window>')).toBeLessThan(out.indexOf('</head>'));
  });

  it('leaves a document without usable @font-face rules as it is', () => {
    const plain = `<html><head><style>p{color:red}</style></head>${body}</html>`;
    expect(withFontsFirst(plain)).toBe(plain);
    // A family that could break out of the rule is not repeated, and text in the body is not read as a rule.
    const odd = `<html><head><style>@font-face{font-family:"X}body{color:red";src:url(x)}</style></head><body><p>@font-face{font-family:"Noto Sans"}</p></body></html>`;
    expect(withFontsFirst(odd)).toBe(odd);
    expect(withFontsFirst(`<h1>${SEED_TITLES.ml}</h1>`)).toBe(`<h1>${SEED_TITLES.ml}</h1>`);
  });

  it('is what the desktop print window is given', async () => {
    const served: string[] = [];
    const html = `<html><head><style>${LATIN}</style></head>${body}</html>`;
    const session = {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      webRequest: { onBeforeRequest: () => undefined },
      protocol: {
        handle: (_scheme: string, handler: (r: { url: string }) => Response) => void (serve = handler),
      },
    };
    let serve: ((r: { url: string }) => Response) | null = null;
    const print = createPdfPrinter({
      fromPartition: () => session as never,
      createWindow: () =>
        ({
          isDestroyed: () => false,
          destroy: () => undefined,
          webContents: {
            setWindowOpenHandler: () => undefined,
            on: () => undefined,
            loadURL: async (url: string) => void served.push(await serve!({ url }).text()),
            printToPDF: async () => Buffer.from('%PDF'),
          },
        }) as never,
    });
    await print(html, { pageSize: 'A4', landscape: false });
    expect(served).toEqual([withFontsFirst(html)]);
    expect(served[0]).toContain('<span class="wf0">&#x41;&#x131;</span>');
  });
});
