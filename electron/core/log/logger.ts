import fs from 'node:fs';
import path from 'node:path';

/** Fields are ids, codes and counts only — never names, citizen IDs or other personal data. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export const silentLogger: Logger = { info() {}, error() {} };

const MAX_BYTES = 1_000_000;
const KEEP_FILES = 3;

/** JSON-lines log in `<dataDir>/logs/qsdp.log`, rotated to .1 … .3 at about 1 MB. */
export function createFileLogger(dataDir: string, now: () => Date = () => new Date()): Logger {
  const dir = path.join(dataDir, 'logs');
  const file = path.join(dir, 'qsdp.log');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });

  function rotateIfLarge(): void {
    const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    if (size < MAX_BYTES) return;
    for (let i = KEEP_FILES - 1; i >= 1; i--) {
      const from = `${file}.${i}`;
      if (fs.existsSync(from)) fs.renameSync(from, `${file}.${i + 1}`);
    }
    fs.renameSync(file, `${file}.1`);
  }

  function write(level: string, event: string, fields?: LogFields): void {
    try {
      rotateIfLarge();
      // Private from its first line (0600), like everything in the data folder.
      fs.appendFileSync(file, JSON.stringify({ at: now().toISOString(), level, event, ...fields }) + '\n', {
        mode: 0o600,
      });
    } catch {
      // Logging must never break the operation it describes.
    }
  }

  return {
    info: (event, fields) => write('info', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}
