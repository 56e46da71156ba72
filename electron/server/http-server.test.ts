import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../core/db/test-helpers';
import { createApiServer, listenOnLoopback } from './http-server';

const TOKEN = 'test-token-0123456789abcdef';
let core: ReturnType<typeof createTestCore>;
let server: http.Server;
let port = 0;
let staticDir = '';

beforeEach(async () => {
  core = createTestCore();
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>QSĐP</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'outside');
  server = createApiServer({ invoke: core.invoke, staticDir, token: TOKEN });
  port = await listenOnLoopback(server, 0);
});

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
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
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
