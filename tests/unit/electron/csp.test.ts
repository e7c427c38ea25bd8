import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  LOOPBACK_WS,
  TEAM_SERVER_WS,
  META_CONTENT_SECURITY_POLICY,
  liveSessionPolicy,
  PRINT_CSP,
  withCspMeta,
} from '../../../electron/main/security/csp';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );

describe('Content-Security-Policy', () => {
  it.each([
    ['app', CONTENT_SECURITY_POLICY],
    ['print', PRINT_CSP],
  ])('%s policy has no eval and no remote origins', (_name, policy) => {
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('wasm-unsafe-eval');
    // The exceptions are WebSockets: the app's own live session on loopback and team servers (see the next test).
    expect(policy.replace(` ${LOOPBACK_WS} ${TEAM_SERVER_WS};`, ';')).not.toMatch(/https?:|wss?:|\*/);
    expect(directives(policy).get('default-src')).toEqual(["'none'"]);
  });

  it('connects to the app itself and, by WebSocket only, to loopback (the live session it hosts) and team servers', () => {
    expect(LOOPBACK_WS).toBe('ws://127.0.0.1:*');
    expect(TEAM_SERVER_WS).toBe('ws: wss:');
    expect(directives(CONTENT_SECURITY_POLICY).get('connect-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      LOOPBACK_WS,
      'ws:',
      'wss:',
    ]);
  });

  it('pages a live session serves may also reach that session, and nothing else remote', () => {
    const header = directives(liveSessionPolicy('ws://192.168.1.20:4477', { meta: false }));
    expect(header.get('connect-src')).toEqual(["'self'", 'data:', 'blob:', LOOPBACK_WS, 'ws://192.168.1.20:4477']);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    const app = directives(CONTENT_SECURITY_POLICY);
    header.delete('connect-src');
    app.delete('connect-src');
    expect(header).toEqual(app);
    expect(directives(liveSessionPolicy(null, { meta: true })).get('connect-src')).toEqual(
      directives(META_CONTENT_SECURITY_POLICY).get('connect-src'),
    );
    expect(directives(liveSessionPolicy(null, { meta: true })).has('frame-ancestors')).toBe(false);
  });

  it('loads scripts only from the app, fonts and images from the app and data:/blob:', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('font-src')).toEqual(["'self'", 'data:']);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('the print policy runs no scripts at all', () => {
    expect(directives(PRINT_CSP).has('script-src')).toBe(false);
  });
});

describe('the web build carries the same policy as a meta tag', () => {
  it('is the app policy minus frame-ancestors, which browsers ignore in a meta tag', () => {
    const meta = directives(META_CONTENT_SECURITY_POLICY);
    const app = directives(CONTENT_SECURITY_POLICY);
    expect(meta.has('frame-ancestors')).toBe(false);
    app.delete('frame-ancestors');
    expect(meta).toEqual(app);
  });

  it('withCspMeta puts the tag first in <head>, once, with the attribute intact', () => {
    const html = '<!doctype html><html><head><meta charset="UTF-8" /><title>Waymark</title></head><body></body></html>';
    const once = withCspMeta(html);
    expect(withCspMeta(once)).toBe(once);
    const content = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(once)?.[1];
    expect(content).toBe(META_CONTENT_SECURITY_POLICY);
    expect(() => withCspMeta('<html><body></body></html>')).toThrow(/no <head>/);
  });
});
