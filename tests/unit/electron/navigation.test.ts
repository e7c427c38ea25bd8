import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-url';
import {
  createExternalOpener,
  decideNavigation,
  decideWindowOpen,
  isAllowedExternalUrl,
} from '../../../electron/main/security/navigation';

describe('external link allowlist', () => {
  it.each(['https://waymark.app/', 'https://example.com/page#x'])('allows %s', (url) =>
    expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each(['http://example.com/page#x', 'mailto:facilitator@example.com?subject=Workshop', 'ftp://example.com/'])(
    'refuses %s: https only, after the allowlist',
    (url) => expect(isAllowedExternalUrl(url)).toBe(false),
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'app://waymark/index.html',
    'waymark://open?file=/etc/passwd',
    'ms-msdt:/id PCWDiagnostic',
    'smb://attacker/share',
    'https://user:secret@example.com/',
    'https://',
    'mailto:',
    'not a url',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('navigation', () => {
  it('allows the app itself only', () => {
    expect(isAppUrl('app://waymark/index.html')).toBe(true);
    expect(isAppUrl('app://waymark/')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://user@waymark/')).toBe(false);
    expect(isAppUrl('https://waymark/')).toBe(false);
    expect(decideNavigation('app://waymark/index.html#/journey/1')).toEqual({ action: 'allow' });
  });

  it('denies the web in the window and hands allowed links to the OS browser', () => {
    expect(decideNavigation('https://example.com/')).toEqual({ action: 'deny', openExternal: 'https://example.com/' });
    expect(decideNavigation('file:///tmp/x.html')).toEqual({ action: 'deny', openExternal: null });
    expect(decideNavigation('javascript:alert(1)')).toEqual({ action: 'deny', openExternal: null });
  });

  it('never opens a new window, even for the app itself', () => {
    expect(decideWindowOpen('app://waymark/index.html')).toEqual({ action: 'deny', openExternal: null });
    expect(decideWindowOpen('https://example.com/a')).toEqual({
      action: 'deny',
      openExternal: 'https://example.com/a',
    });
    expect(decideWindowOpen('mailto:a@example.com')).toEqual({ action: 'deny', openExternal: null });
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({ action: 'deny', openExternal: null });
  });
});

describe('createExternalOpener', () => {
  it('hands https links to the OS and refuses everything else, logging it, after the allowlist', async () => {
    const opened: string[] = [];
    const logs: string[] = [];
    const open = createExternalOpener({ open: async (url) => void opened.push(url), log: (m) => logs.push(m) });
    expect(await open('https://waymark.app/help')).toBe(true);
    for (const url of ['http://example.com/', 'mailto:a@example.com', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(await open(url)).toBe(false);
    }
    expect(await open('https://user:pw@example.com/')).toBe(false);
    expect(opened).toEqual(['https://waymark.app/help']);
    expect(logs).toHaveLength(5);
    expect(logs[0]).toBe('Refused to open http://example.com/ outside the app.');
  });
});
