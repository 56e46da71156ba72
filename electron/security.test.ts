import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  appResponseHeaders,
  contentSecurityPolicy,
  contentTypeFor,
  isAllowedNavigation,
  isTrustedSender,
  resolveAppFile,
  secureWebPreferences,
} from './security';

describe('secureWebPreferences', () => {
  it('is exactly the hardened set plus the preload path', () => {
    expect(secureWebPreferences('/app/preload.js')).toStrictEqual({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });
});

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy();

  it('starts from nothing allowed and lets only our own scripts run', () => {
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('names no remote origin or wildcard', () => {
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
  });

  it('closes base, form, framing and plugins', () => {
    for (const directive of ["base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "object-src 'none'"]) {
      expect(csp).toContain(directive);
    }
  });

  it('is the policy sent with every served file', () => {
    expect(appResponseHeaders('/r/index.html')['Content-Security-Policy']).toBe(csp);
  });
});

describe('isAllowedNavigation', () => {
  it.each([
    'http://127.0.0.1:5173/',
    'https://example.com/',
    'file:///C:/Windows/win.ini',
    'javascript:alert(1)',
    'app://other/index.html',
    'app://qsdp.evil/index.html',
    'app://user@qsdp/index.html',
    'app://qsdp:8080/index.html',
    'data:text/html,hi',
    'about:blank',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it.each([APP_ENTRY_URL, 'app://qsdp/', 'app://qsdp/people?page=2#top'])('accepts %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });
});

describe('isTrustedSender', () => {
  it.each([
    undefined,
    '',
    'about:blank',
    'http://127.0.0.1',
    'http://127.0.0.1:4173/',
    'devtools://devtools/bundled/x',
  ])('rejects %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });

  it('accepts our own page', () => {
    expect(isTrustedSender('app://qsdp/index.html')).toBe(true);
  });
});

describe('resolveAppFile', () => {
  const root = path.resolve('/srv/renderer');

  it('maps the root and folders to index.html', () => {
    expect(resolveAppFile(root, 'app://qsdp/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://qsdp/help/')).toBe(path.join(root, 'help', 'index.html'));
  });

  it('maps files under the root, ignoring query and fragment', () => {
    expect(resolveAppFile(root, 'app://qsdp/assets/index-abc.js?v=1#x')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppFile(root, 'app://qsdp/fonts/T%C3%AAn.woff2')).toBe(path.join(root, 'fonts', 'Tên.woff2'));
  });

  it.each([
    'app://qsdp/../secret.txt',
    'app://qsdp/assets/../../secret.txt',
    'app://qsdp/%2e%2e/secret.txt',
    'app://qsdp/%2E%2E/%2e%2e/secret.txt',
    'app://qsdp/.%2e/secret.txt',
    'app://qsdp/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://qsdp/..%5c..%5csecret.txt',
    'app://qsdp/..\\secret.txt',
    'app://qsdp/C:%5CWindows%5Cwin.ini',
    'app://qsdp/%00.html',
    'app://qsdp/%E0%A4%A.js',
  ])('refuses traversal %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('refuses other origins', () => {
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///srv/renderer/index.html')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('serves scripts with a JavaScript type, which module scripts require', () => {
    expect(contentTypeFor('/r/assets/a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/r/INDEX.HTML')).toMatch(/^text\/html/);
    expect(contentTypeFor('/r/unknown.bin')).toBe('application/octet-stream');
  });
});
