/**
 * Parsed files between the wizard's steps: inspect reads the file once, then
 * preview (page after page, mapping after mapping) and commit work from memory
 * instead of re-uploading and re-reading a 20,000-row sheet. Sessions expire
 * 30 minutes after their last use, and only a few are kept (a large sheet
 * takes tens of MB), the least recently used going first.
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../kernel/errors';
import type { WorkbookData } from './workbook';

export const SESSION_TTL_MS = 30 * 60 * 1000;
export const MAX_SESSIONS = 4;

export interface ImportSession {
  token: string;
  fileName: string;
  workbook: WorkbookData;
  lastUsed: number;
  /** The last analysis, keyed by the options it was made with: paging through a preview reuses it. */
  analysis?: { key: string; value: unknown };
}

const sessions = new Map<string, ImportSession>();

function sweep(now: number): void {
  for (const [token, session] of sessions) if (now - session.lastUsed > SESSION_TTL_MS) sessions.delete(token);
}

export function openSession(fileName: string, workbook: WorkbookData, now = Date.now()): ImportSession {
  sweep(now);
  while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
  const session: ImportSession = { token: randomUUID(), fileName, workbook, lastUsed: now };
  sessions.set(session.token, session);
  return session;
}

export function getSession(token: string, now = Date.now()): ImportSession {
  sweep(now);
  const session = sessions.get(token);
  if (!session) throw ApiError.of('IMPORT_SESSION_EXPIRED');
  session.lastUsed = now;
  // Re-inserted so the Map's order stays least-recently-used first.
  sessions.delete(token);
  sessions.set(token, session);
  return session;
}

export function closeSession(token: string): void {
  sessions.delete(token);
}
