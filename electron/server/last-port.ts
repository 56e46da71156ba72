import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { listenOnLoopback } from './http-server';

/*
 * Browser mode keeps its port from one start to the next. The screens remember each user's
 * filters, pages and tabs in the browser's localStorage, which a browser keeps per address
 * (http://127.0.0.1:<port>): a new port at each start would start every screen afresh. The port
 * in use is written beside the database after listening and asked for at the next start; when
 * another program has taken it meanwhile, a free one is used (and the console says so).
 */

/** The file beside the database that holds the last port, as a number on one line. */
export const LAST_PORT_FILE = 'browser-port.txt';

/** The port browser mode listened on last time in this data folder, if one was written and is a port. */
export function readLastPort(dataDir: string): number | undefined {
  try {
    const port = Number(fs.readFileSync(path.join(dataDir, LAST_PORT_FILE), 'utf8').trim());
    // Only a port the system could have handed out itself: a number edited in by hand below 1024
    // (privileged, or a well-known service's) is ignored and a free port taken.
    return Number.isInteger(port) && port >= 1024 && port <= 65535 ? port : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the port listened on; a failed write only costs the screens' memory at the next start. */
export function writeLastPort(dataDir: string, port: number): void {
  try {
    // Written beside and renamed over: a crash mid-write never leaves half a number behind.
    const file = path.join(dataDir, LAST_PORT_FILE);
    fs.writeFileSync(`${file}.tmp`, `${port}\n`, { mode: 0o600 });
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // A read-only folder: the next start takes a free port, as before.
  }
}

export interface Listening {
  port: number;
  /** The port asked for was taken, so another was used. */
  movedFrom?: number;
}

/**
 * Listens on `port`: the one QSDP_PORT set (`fixed`: kept to, its refusal is the error the user
 * should see), else this data folder's last port, which gives way to a free one when another
 * program has taken it meanwhile; no port at all (a first start) takes a free one.
 */
export async function listenOnWantedPort(
  server: http.Server,
  port: number | undefined,
  fixed: boolean,
): Promise<Listening> {
  if (fixed || port === undefined) return { port: await listenOnLoopback(server, port ?? 0) };
  try {
    return { port: await listenOnLoopback(server, port) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    return { port: await listenOnLoopback(server, 0), movedFrom: port };
  }
}
