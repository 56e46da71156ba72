import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../core/api/router';
import { ApiError } from '../core/kernel/errors';
import { silentLogger, type Logger } from '../core/log/logger';
import { MAX_REQUEST_BYTES, MAX_UPLOAD_MB } from '../core/shared/upload-limits';
import { contentSecurityPolicy } from '../security';
import { hasValidToken, isLoopbackHost, parseMethodName } from './request-guards';
import { resolveStaticFile } from './static-files';

export interface ApiServerOptions {
  /** Calls a method as whoever logged in with the session key (accounts/sessions.ts). */
  invoke(sessionKey: string, method: string, input: unknown): Promise<ApiResult>;
  /** Whether a successful call of the method logs its caller in / whether a call logs its caller out. */
  isLoginMethod(method: string): boolean;
  isLogoutMethod(method: string): boolean;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  token: string;
  /** Where a request that went wrong is noted (ids and codes only). */
  log?: Logger;
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

const tooLarge = () => ApiError.of('REQUEST_TOO_LARGE', { max: MAX_UPLOAD_MB });

/**
 * The request's body, or null when it passes the limit. An oversized body is still read to its
 * end (and thrown away) so that the 413 reply reaches the browser: a socket closed mid-upload
 * shows up there as a network error, not as our message.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] | null = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) chunks = null;
      chunks?.push(chunk);
    });
    req.on('end', () => resolve(chunks ? Buffer.concat(chunks).toString('utf8') : null));
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
  // A declared length over the limit is refused at once; Node then reads the rest away by itself.
  if (Number(req.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) return sendError(res, 413, tooLarge());
  const body = await readBody(req);
  if (body === null) return sendError(res, 413, tooLarge());
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

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function handleStatic(req: IncomingMessage, res: ServerResponse, staticDir: string, pathname: string, log: Logger) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, SECURITY_HEADERS).end();
    return;
  }
  const found = resolveStaticFile(staticDir, pathname);
  if (!found) return sendText(res, 404, ApiError.of('NOT_FOUND_PAGE').message);
  const isIndex = found.file.endsWith('index.html');
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': found.contentType,
    // Hashed assets never change; the index must always be fresh after an update.
    'Cache-Control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  };
  if (req.method === 'HEAD') {
    res.writeHead(200, headers).end();
    return;
  }
  const stream = fs.createReadStream(found.file);
  // The file can vanish or become unreadable between the check and the read (an update replacing
  // the build): a 404 if nothing was sent yet, otherwise the reply is cut. Never an unhandled error.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    log.error('http.static_read_failed', { code: error.code ?? 'unknown' });
    if (!res.headersSent) sendText(res, 404, ApiError.of('NOT_FOUND_PAGE').message);
    else res.destroy();
  });
  stream.once('open', () => {
    res.writeHead(200, headers);
    stream.pipe(res);
  });
}

/** The request's path, or null when its target cannot be read as a URL path (`//[`, `http://[`…). */
function pathOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

function route(req: IncomingMessage, res: ServerResponse, options: ApiServerOptions, log: Logger): void {
  if (!isLoopbackHost(req.headers.host)) return sendError(res, 403, ApiError.of('FORBIDDEN'));
  const pathname = pathOf(req.url);
  if (pathname === null) return sendError(res, 400, ApiError.of('BAD_REQUEST'));
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    const method = parseMethodName(pathname);
    if (!method) return sendError(res, 404, ApiError.of('UNKNOWN_METHOD'));
    handleApi(req, res, options, method).catch((error: unknown) => answerFailure(res, error, log));
    return;
  }
  handleStatic(req, res, options.staticDir, pathname, log);
}

/** Every request ends in a reply: whatever went wrong is logged (its code only) and answered 500. */
function answerFailure(res: ServerResponse, error: unknown, log: Logger): void {
  log.error('http.request_failed', { code: (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.name });
  if (!res.headersSent) sendError(res, 500, ApiError.of('INTERNAL'));
  else res.destroy();
}

/** Browser mode's HTTP server: the built renderer plus `POST /api/<method>`, for loopback clients only. */
export function createApiServer(options: ApiServerOptions): http.Server {
  const log = options.log ?? silentLogger;
  const server = http.createServer((req, res) => {
    try {
      route(req, res, options, log);
    } catch (error) {
      answerFailure(res, error, log);
    }
  });
  // A request Node cannot even parse (bad method, header or target): a 400 and the socket closed.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
    log.info('http.client_error', { code: error.code ?? 'unknown' });
  });
  return server;
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
