import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../core/db/test-helpers';
import { listenOnLoopback } from './http-server';
import { LAST_PORT_FILE, listenOnWantedPort, readLastPort, writeLastPort } from './last-port';

const servers: http.Server[] = [];
const dirs: string[] = [];

function server(): http.Server {
  const s = http.createServer((_req, res) => res.end());
  servers.push(s);
  return s;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  for (const dir of dirs.splice(0)) removeTempDir(dir);
});

/** A port that was free a moment ago (listened on, then let go). */
async function freedPort(): Promise<number> {
  const s = http.createServer();
  const port = await listenOnLoopback(s, 0);
  await new Promise((resolve) => s.close(resolve));
  return port;
}

describe('browser mode’s port', () => {
  it('is written beside the database and read back at the next start; a missing or damaged file reads as none', () => {
    const dir = makeTempDir('qsdp-port-');
    dirs.push(dir);
    expect(readLastPort(dir)).toBeUndefined();
    writeLastPort(dir, 41234);
    expect(readLastPort(dir)).toBe(41234);
    fs.writeFileSync(path.join(dir, LAST_PORT_FILE), 'not a port\n');
    expect(readLastPort(dir)).toBeUndefined();
    fs.writeFileSync(path.join(dir, LAST_PORT_FILE), '70000\n');
    expect(readLastPort(dir)).toBeUndefined();
    // Edited in by hand: a privileged or well-known port is never asked for.
    fs.writeFileSync(path.join(dir, LAST_PORT_FILE), '80\n');
    expect(readLastPort(dir)).toBeUndefined();
    // Written whole through a temporary file, none left behind.
    writeLastPort(dir, 41235);
    expect(fs.readdirSync(dir)).toEqual([LAST_PORT_FILE]);
  });

  it('is the last one when it is free', async () => {
    const last = await freedPort();
    expect(await listenOnWantedPort(server(), last, false)).toEqual({ port: last });
  });

  it('gives way to a free one when another program holds the last one, and says which it moved from', async () => {
    const taken = await listenOnLoopback(server(), 0);
    const listening = await listenOnWantedPort(server(), taken, false);
    expect(listening.movedFrom).toBe(taken);
    expect(listening.port).not.toBe(taken);
    expect(listening.port).toBeGreaterThan(0);
  });

  it('keeps to QSDP_PORT: a port the user set that is taken is refused, not replaced', async () => {
    const taken = await listenOnLoopback(server(), 0);
    await expect(listenOnWantedPort(server(), taken, true)).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('is a free one on a first start', async () => {
    const listening = await listenOnWantedPort(server(), undefined, false);
    expect(listening.port).toBeGreaterThan(0);
    expect(listening.movedFrom).toBeUndefined();
  });
});
