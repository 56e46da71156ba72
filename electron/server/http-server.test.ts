import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionGate, isLoginMethod, isLogoutMethod } from '../core/accounts/sessions';
import { call, createTestCore } from '../core/db/test-helpers';
import { createApiServer, listenOnLoopback } from './http-server';
import { createAccount } from '../core/accounts/test-steps';

const TOKEN = 'test-token-0123456789abcdef';
let core: ReturnType<typeof createTestCore>;
let server: http.Server;
let port = 0;
let staticDir = '';
/** The administrator's session cookie, sent by apiCall unless a test gives its own. */
let adminCookie = '';

beforeEach(async () => {
  core = createTestCore();
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>QSĐP</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'outside');
  const gate = createSessionGate(core.context, core.invokeWith);
  server = createApiServer({ invoke: gate.invoke, isLoginMethod, isLogoutMethod, staticDir, token: TOKEN });
  port = await listenOnLoopback(server, 0);
  adminCookie = '';
  const setup = await apiCall('accounts.setupAdmin', {
    username: 'quantri',
    displayName: 'Quản trị',
    password: PASSWORD,
  });
  adminCookie = cookieOf(setup);
});

const PASSWORD = 'mat-khau-dai-1';

/** "name=value" of the session cookie a reply sets. */
function cookieOf(reply: Reply): string {
  const set = reply.headers['set-cookie']?.[0] ?? '';
  return set.split(';')[0]!;
}

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  core.dispose();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  host?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: options.host ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiCall = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${TOKEN}`,
      ...(adminCookie ? { Cookie: adminCookie } : {}),
      ...headers,
    },
    body: JSON.stringify(input),
  });

describe('browser-mode security', () => {
  it('answers API calls that carry the token', async () => {
    const reply = await apiCall('office.get', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: null });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses an API call without a token with 401', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/office.get',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'AUTH_REQUIRED' } });
  });

  it('refuses a wrong token (including one of the same length) with 401 and runs nothing', async () => {
    const wrong = TOKEN.replace(/.$/, 'X');
    const reply = await apiCall(
      'office.update',
      {
        name: 'X',
        parentBody: 'Y',
        placeName: 'Z',
        symbol: 'B',
        signers: [{ role: 'commander', title: 'T', name: 'N' }],
      },
      { Authorization: `Bearer ${wrong}` },
    );
    expect(reply.status).toBe(401);
    expect(await core.invoke('office.get', {})).toEqual({ ok: true, value: null });
    expect((await apiCall('office.get', {}, { Authorization: 'Bearer short' })).status).toBe(401);
  });

  it('refuses a non-loopback Host header with 403, for the API and for pages', async () => {
    const api = await apiCall('office.get', {}, { Host: 'evil.example' });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await request({ path: '/', headers: { Host: `evil.example:${port}` } })).status).toBe(403);
    expect((await request({ path: '/', headers: { Host: `127.0.0.1.evil.example:${port}` } })).status).toBe(403);
    expect((await request({ path: '/', headers: { Host: `localhost:${port}` } })).status).toBe(200);
  });

  it('listens on the loopback address only', async () => {
    expect((server.address() as { address: string }).address).toBe('127.0.0.1');
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      // This machine's own non-loopback address: the server must not answer there.
      await expect(request({ host: external.address, path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    }
  });

  it('refuses non-JSON bodies (no HTML form can call the API) and malformed JSON', async () => {
    const form = await request({
      method: 'POST',
      path: '/api/office.get',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${TOKEN}` },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const broken = await request({
      method: 'POST',
      path: '/api/office.get',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: '{"a":',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('serves the renderer with a CSP, falls back to index.html, and never leaves its folder', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ path: '/cong-dan' })).body).toContain('QSĐP');
    expect((await request({ path: '/assets/app.js' })).headers['content-type']).toContain('javascript');
    expect((await request({ path: '/assets/missing.js' })).status).toBe(404);
    for (const sneaky of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const reply = await request({ path: sneaky });
      expect(reply.body, sneaky).not.toContain('outside');
    }
  });
});

describe('browser-mode login sessions', () => {
  it('issues an HttpOnly, SameSite=Strict cookie on login and none on a failed one', async () => {
    const failed = await apiCall('accounts.login', { username: 'quantri', password: 'sai-mat-khau' }, { Cookie: '' });
    expect(JSON.parse(failed.body)).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    expect(failed.headers['set-cookie']).toBeUndefined();
    const ok = await apiCall('accounts.login', { username: 'quantri', password: PASSWORD }, { Cookie: '' });
    const cookie = ok.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(new RegExp(`^qsdp_session_${port}=[A-Za-z0-9_-]{32};`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    // A fresh key each login: not the one the setup got.
    expect(cookieOf(ok)).not.toBe(adminCookie);
  });

  it('refuses every non-public method without a login, and after logout', async () => {
    const anonymous = await apiCall('people.list', {}, { Cookie: '' });
    expect(JSON.parse(anonymous.body)).toMatchObject({ ok: false, error: { code: 'LOGIN_REQUIRED' } });
    const planted = await apiCall('people.list', {}, { Cookie: `qsdp_session_${port}=${'A'.repeat(32)}` });
    expect(JSON.parse(planted.body)).toMatchObject({ ok: false, error: { code: 'LOGIN_REQUIRED' } });
    expect(JSON.parse((await apiCall('people.list', {})).body)).toMatchObject({ ok: true });
    const me = JSON.parse((await apiCall('accounts.me', {})).body);
    expect(me.value.account).toMatchObject({ username: 'quantri', role: 'admin' });
    const out = await apiCall('accounts.logout', {});
    expect(out.headers['set-cookie']?.[0]).toContain('Max-Age=0');
    expect(JSON.parse((await apiCall('people.list', {})).body)).toMatchObject({ error: { code: 'LOGIN_REQUIRED' } });
    expect(JSON.parse((await apiCall('accounts.me', {})).body).value.account).toBeNull();
  });

  it("refuses a viewer's write and lets it read; a role change applies on the next call", async () => {
    const viewer = await createAccount(core, 'viewer', 'chixem', 'Chỉ xem', PASSWORD);
    const login = await apiCall('accounts.login', { username: 'chixem', password: PASSWORD }, { Cookie: '' });
    const asViewer = { Cookie: cookieOf(login) };
    expect(JSON.parse((await apiCall('people.list', {}, asViewer)).body)).toMatchObject({ ok: true });
    const write = await apiCall('localities.create', { kind: 'commune', name: 'Xã Thử' }, asViewer);
    expect(JSON.parse(write.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(core, 'localities.list', {})).toEqual([]);
    await call(core, 'accounts.update', { id: viewer.id, version: viewer.version, role: 'admin' });
    const now = await apiCall('localities.create', { kind: 'commune', name: 'Xã Thử' }, asViewer);
    expect(JSON.parse(now.body)).toMatchObject({ ok: true });
  });
});
