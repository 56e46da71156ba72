import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * DNS-rebinding guard: a page on another site that resolves its own name to
 * 127.0.0.1 still sends its own Host header, so anything but a loopback name is refused.
 */
export function isLoopbackHost(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(hostHeader.trim().toLowerCase());
  return match !== null && LOOPBACK_HOSTS.has(match[1]!);
}

/** The token travels in `Authorization: Bearer …`; compared in constant time. */
export function hasValidToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length).trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Method names are dotted identifiers (`people.list`); anything else never reaches the router. */
export function parseMethodName(pathname: string): string | null {
  const match = /^\/api\/([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*)*)$/.exec(pathname);
  return match ? match[1]! : null;
}
