import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type RunningServer } from '../../test/e2e/support/web-server';

/*
 * Browser mode's server as it runs (`npm run web`'s built program in its own process), sent
 * requests no browser would send: odd paths, methods, headers, encodings and request targets,
 * over raw sockets. Every one must be answered with an HTTP status line, and the process must
 * still serve the API afterwards. Before the fix, any of the first three requests ended it.
 */

let server: RunningServer;
let port = 0;
let token = '';

beforeAll(async () => {
  server = await startWebServer();
  port = Number(new URL(server.url).port);
  token = new URL(server.url).hash.replace('#token=', '');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** Sends raw bytes on a new connection; resolves with the status code of the reply (0 = none). */
function rawRequest(bytes: Buffer | string, timeoutMs = 5_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no reply within ${timeoutMs} ms to ${JSON.stringify(String(bytes).slice(0, 120))}`));
    }, timeoutMs);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      // The status line is all we need: the reply exists.
      const match = /^HTTP\/1\.[01] (\d{3}) /.exec(received);
      if (match) {
        clearTimeout(timer);
        socket.destroy();
        resolve(Number(match[1]));
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(/^HTTP\/1\.[01] (\d{3}) /.test(received) ? Number(received.slice(9, 12)) : 0);
    });
    socket.write(bytes);
  });
}

const host = () => `127.0.0.1:${port}`;
const get = (target: string, extra = '') =>
  `GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n${extra}\r\n`;

async function stillServesTheApi(): Promise<void> {
  const reply = await fetch(`http://127.0.0.1:${port}/api/accounts.me`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: '{}',
  });
  expect(reply.status).toBe(200);
  expect(((await reply.json()) as { ok: boolean }).ok).toBe(true);
}

/** A small seeded generator, so a failing request can be found again. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick, int: (max: number) => Math.floor(next() * max) };
}

const SEGMENTS = [
  'index.html',
  'index.html/x',
  'assets',
  'assets/',
  '..',
  '%2e%2e',
  '%2e%2e%2f',
  '%',
  '%zz',
  '%c0%af',
  '%00',
  '\u0000',
  'a'.repeat(256),
  'b'.repeat(4_000),
  'cong-dan',
  'api',
  'favicon.ico',
  '%E1%BB%87',
  'Đức Xuân',
  '.',
  '~',
  'CON',
  'x.js',
  ';',
  '%ff%fe',
  '[',
  '//',
];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND', 'FOO', 'get', ''];
const TARGET_FORMS = [
  (p: string) => `/${p}`,
  (p: string) => `//${p}`,
  (p: string) => `/api/${p}`,
  (p: string) => `http://127.0.0.1/${p}`,
  (p: string) => `http://[/${p}`,
  (p: string) => `/${p}?q=${p}#frag`,
  () => '*',
  () => '//[',
  (p: string) => p,
];
const HEADER_SETS = [
  () => `Host: ${host()}\r\n`,
  () => '',
  () => 'Host: evil.example\r\n',
  () => `Host: ${host()}\r\nHost: ${host()}\r\n`,
  () => `Host: [::1\r\n`,
  () => `Host: ${host()}\r\nContent-Length: abc\r\n`,
  () => `Host: ${host()}\r\nContent-Length: 3\r\nContent-Length: 5\r\n`,
  () => `Host: ${host()}\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n`,
  () => `Host: ${host()}\r\nCookie: ${'qsdp_session_1=' + 'x'.repeat(200)}; ;;=\r\n`,
  () => `Host: ${host()}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\n`,
  () => `Host: ${host()}\r\nAuthorization: Bearer\r\nContent-Type: application/json; charset=x\r\n`,
  () => `Host: ${host()}\r\nX-Long: ${'y'.repeat(20_000)}\r\n`,
  () => `Host: ${host()}\r\nBad Header Name: 1\r\n`,
  () => `Host: ${host()}\r\nX-Ctl: a\u0001b\r\n`,
];
const BODIES = ['', '{}', '{"a":', 'null', '[]', '"x"', '[['.repeat(5_000), '{"fileName":1}', '\u00ff\u00fe', 'a=1'];

/** One odd request built from the pools above: always a complete message as far as the bytes go. */
function oddRequest(g: ReturnType<typeof generator>): Buffer {
  const path = Array.from({ length: 1 + g.int(3) }, () => g.pick(SEGMENTS)).join('/');
  const target = g.pick(TARGET_FORMS)(path);
  const method = g.pick(METHODS);
  const headers = g.pick(HEADER_SETS)();
  const body = g.pick(BODIES);
  const chunked = headers.includes('Transfer-Encoding: chunked');
  const length = chunked || headers.includes('Content-Length') ? '' : `Content-Length: ${Buffer.byteLength(body)}\r\n`;
  const payload = chunked ? `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n` : body;
  return Buffer.from(
    `${method} ${target} HTTP/1.1\r\n${headers}${length}Connection: close\r\n\r\n${payload}`,
    'latin1',
  );
}

describe('browser mode survives any request', () => {
  it('answers the three requests that used to end the process, and goes on serving', async () => {
    // Extension-less paths are the single-page app's own routes: they get index.html.
    expect(await rawRequest(get('/index.html/x'))).toBe(200);
    expect(await rawRequest(get(`/${'a'.repeat(300)}`))).toBe(200);
    expect(await rawRequest(get('//['))).toBe(400);
    expect(await rawRequest(get(`/assets/${'b'.repeat(300)}.js`))).toBe(404);
    await stillServesTheApi();
  });

  it('answers every one of 1,200 odd requests with a status line and still serves the API', async () => {
    const g = generator(20261207);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1_200; i += 1) {
      const request = oddRequest(g);
      const status = await rawRequest(request);
      expect(status, `request ${i}: ${JSON.stringify(request.toString('latin1').slice(0, 160))}`).toBeGreaterThan(0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (i % 100 === 99) await stillServesTheApi();
    }
    await stillServesTheApi();
    // Nothing a request can cause is an internal error of ours.
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(server.output()).not.toMatch(/Uncaught|TypeError|ENOTDIR|ENAMETOOLONG/);
  }, 120_000);

  it('answers an oversized upload with its 413 and a Vietnamese message, not a reset connection', async () => {
    const big = 'x'.repeat(40 * 1024 * 1024);
    const reply = await fetch(`http://127.0.0.1:${port}/api/import.inspect`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ fileName: 'lon.xlsx', base64: big }),
    });
    expect(reply.status).toBe(413);
    const body = (await reply.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.error.code).toBe('REQUEST_TOO_LARGE');
    expect(body.error.message).toContain('tối đa 25 MB');
    // Sent in chunks, with no length declared up front: read to its end, then the same answer.
    const chunked = await fetch(`http://127.0.0.1:${port}/api/import.inspect`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string } }).error.code).toBe('REQUEST_TOO_LARGE');
    await stillServesTheApi();
  }, 60_000);
});
