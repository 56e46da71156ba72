import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../core/api/router';
import { ApiError } from '../core/api/errors';
import { contentSecurityPolicy } from '../security';
import { hasValidToken, isLoopbackHost, parseMethodName } from './request-guards';
import { resolveStaticFile } from './static-files';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface ApiServerOptions {
  /** Calls a method as whoever logged in with the session key (accounts/sessions.ts). */
  invoke(sessionKey: string, method: string, input: unknown): Promise<ApiResult>;
  /** Whether a successful call of the method logs its caller in / whether a call logs its caller out. */
  isLoginMethod(method: string): boolean;
  isLogoutMethod(method: string): boolean;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  token: string;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error: error.toJSON() } satisfies ApiResult);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, options: ApiServerOptions, method: string) {
  if (req.method !== 'POST') return sendError(res, 405, ApiError.of('FORBIDDEN'));
  if (!hasValidToken(req, options.token)) return sendError(res, 401, ApiError.of('AUTH_REQUIRED'));
  // JSON only: an HTML form (which cannot set this type) can never trigger a call.
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendError(res, 415, ApiError.of('FORBIDDEN'));
  }
  const body = await readBody(req);
  if (body === null) return sendError(res, 413, ApiError.fields({ _: ApiError.of('VALIDATION_FAILED').message }));
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return sendError(res, 400, ApiError.fields({ _: ApiError.of('VALIDATION_FAILED').message }));
  }
  // The login session travels in an HttpOnly cookie (scripts cannot read it), issued fresh by
  // each successful login and never before, so a key planted earlier is never promoted.
  const cookie = sessionCookieName(req);
  const login = options.isLoginMethod(method);
  const key = login ? newSessionKey() : (readCookie(req, cookie) ?? newSessionKey());
  const result = await options.invoke(key, method, input);
  const headers: Record<string, string> = {};
  if (result.ok && login) headers['Set-Cookie'] = `${cookie}=${key}; ${COOKIE_ATTRIBUTES}`;
  if (options.isLogoutMethod(method)) headers['Set-Cookie'] = `${cookie}=; ${COOKIE_ATTRIBUTES}; Max-Age=0`;
  sendJson(res, 200, result, headers);
}

const COOKIE_ATTRIBUTES = 'Path=/api; HttpOnly; SameSite=Strict';
const newSessionKey = () => randomBytes(24).toString('base64url');

/** Cookies are not kept apart by port: two programs on one PC each need their own name. */
function sessionCookieName(req: IncomingMessage): string {
  return `qsdp_session_${req.socket.localPort ?? 0}`;
}

function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === name && value && /^[A-Za-z0-9_-]{32}$/.test(value)) return value;
  }
  return null;
}

function handleStatic(req: IncomingMessage, res: ServerResponse, staticDir: string, pathname: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, SECURITY_HEADERS).end();
    return;
  }
  const found = resolveStaticFile(staticDir, pathname);
  if (!found) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
    return;
  }
  const isIndex = found.file.endsWith('index.html');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': found.contentType,
    // Hashed assets never change; the index must always be fresh after an update.
    'Cache-Control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(found.file).pipe(res);
}

/** Browser mode's HTTP server: the built renderer plus `POST /api/<method>`, for loopback clients only. */
export function createApiServer(options: ApiServerOptions): http.Server {
  return http.createServer((req, res) => {
    if (!isLoopbackHost(req.headers.host)) return sendError(res, 403, ApiError.of('FORBIDDEN'));
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      const method = parseMethodName(pathname);
      if (!method) return sendError(res, 404, ApiError.of('UNKNOWN_METHOD'));
      handleApi(req, res, options, method).catch(() => {
        if (!res.headersSent) sendError(res, 500, ApiError.of('INTERNAL'));
      });
      return;
    }
    handleStatic(req, res, options.staticDir, pathname);
  });
}

/** Listens on 127.0.0.1 only (never all interfaces) and resolves with the real port. */
export function listenOnLoopback(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
