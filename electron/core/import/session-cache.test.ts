import { describe, expect, it } from 'vitest';
import { getSession, MAX_SESSIONS, openSession, SESSION_TTL_MS } from './session-cache';
import type { WorkbookData } from './workbook';

const book: WorkbookData = { format: 'csv', sheets: [] };

describe('the import session cache', () => {
  it('keeps a session 30 minutes after its last use, then forgets it', () => {
    const start = 1_000_000;
    const { token } = openSession('a.csv', book, start);
    expect(getSession(token, start + SESSION_TTL_MS - 1).fileName).toBe('a.csv');
    // Used again just now: the 30 minutes start over.
    expect(getSession(token, start + 2 * SESSION_TTL_MS - 2).fileName).toBe('a.csv');
    expect(() => getSession(token, start + 3 * SESSION_TTL_MS)).toThrow(
      expect.objectContaining({ code: 'IMPORT_SESSION_EXPIRED' }) as Error,
    );
  });

  it('keeps only the most recently used sessions', () => {
    const now = 5_000_000_000;
    const tokens = Array.from({ length: MAX_SESSIONS }, (_, i) => openSession(`${i}.csv`, book, now).token);
    getSession(tokens[0]!, now);
    openSession('new.csv', book, now);
    expect(getSession(tokens[0]!, now).fileName).toBe('0.csv');
    expect(() => getSession(tokens[1]!, now)).toThrow(
      expect.objectContaining({ code: 'IMPORT_SESSION_EXPIRED' }) as Error,
    );
  });
});
