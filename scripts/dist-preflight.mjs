#!/usr/bin/env node
// `npm run dist:win` / `dist:linux` run this first. Packaging downloads Electron (unless cached) and rebuilds
// better-sqlite3 for Electron (headers or a prebuilt binary from the internet): on a machine without internet it
// would fail half-way, after the build. This stops it at once with a clear message instead (within seconds).
//   node scripts/dist-preflight.mjs win|linux
// QSDP_DIST_SKIP_NETWORK_CHECK=1 skips the reachability test (e.g. behind an HTTPS proxy that blocks direct TCP).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const TIMEOUT_MS = 4000;
const root = path.resolve(import.meta.dirname, '..');
const target = process.argv[2];
const platform = { win: 'win32', linux: 'linux' }[target];

/** Problems found; all are reported together so one run tells everything to fix. */
const problems = [];
function stopIfProblems() {
  if (!problems.length) return;
  for (const p of problems) console.error(`\n[dist] DỪNG: ${p.vi}\n[dist] STOPPED: ${p.en}`);
  console.error('');
  process.exit(1);
}

if (!platform) {
  problems.push({ vi: 'cần chỉ rõ đích đóng gói: win hoặc linux.', en: 'name the target: win or linux.' });
  stopIfProblems();
}

const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const zipName = `electron-v${electronVersion}-${platform}-x64.zip`;

/** @electron/get's cache: ELECTRON_CACHE, else the per-user cache folder; zips sit one folder deep. */
function cachedZip() {
  const home = os.homedir();
  const dirs = [
    process.env.ELECTRON_CACHE,
    process.platform === 'win32' && path.join(process.env.LOCALAPPDATA ?? home, 'electron', 'Cache'),
    process.platform === 'darwin' && path.join(home, 'Library', 'Caches', 'electron'),
    path.join(process.env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'electron'),
  ].filter(Boolean);
  for (const dir of dirs) {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const candidate = entry.isDirectory() ? path.join(dir, entry.name, zipName) : path.join(dir, entry.name);
      if (path.basename(candidate) === zipName && fs.existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** Resolves to null when host:443 accepts a TCP connection, else to the reason. */
function reach(host) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: 443 });
    const done = (reason) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(TIMEOUT_MS, () => done('timeout'));
    socket.once('connect', () => done(null));
    socket.once('error', (error) => done(error.code ?? error.message));
  });
}

const zip = cachedZip();
console.log(
  `[dist] Electron ${electronVersion} (${zipName}): ${zip ? `có sẵn / cached: ${zip}` : 'sẽ tải về / will be downloaded'}`,
);

const hasWine = () => (process.env.PATH ?? '').split(path.delimiter).some((d) => fs.existsSync(path.join(d, 'wine')));
if (target === 'win' && process.platform !== 'win32' && !hasWine()) {
  problems.push({
    vi: 'bộ cài Windows cần được đóng gói trên máy Windows có Internet (hoặc máy có Wine): better-sqlite3 phải được dựng cho Electron trên Windows.',
    en: 'build the Windows installer on a Windows PC with internet (or a machine with Wine): better-sqlite3 must be built for Electron on Windows.',
  });
}

if (process.env.QSDP_DIST_SKIP_NETWORK_CHECK !== '1') {
  const mirror = process.env.ELECTRON_MIRROR ? new URL(process.env.ELECTRON_MIRROR).hostname : 'github.com';
  const hosts = [mirror, 'electronjs.org'];
  const results = await Promise.all(hosts.map(reach));
  const failed = hosts.map((host, i) => [host, results[i]]).filter(([, reason]) => reason !== null);
  if (failed.length) {
    const list = failed.map(([host, reason]) => `${host} (${reason})`).join(', ');
    problems.push({
      vi: `máy này không kết nối được Internet (${list}). Đóng gói cần tải Electron và dựng lại better-sqlite3 cho Electron; hãy chạy "npm run dist:${target}" trên máy có Internet (xem README, mục "Cài đặt trên máy văn phòng"). Chưa có gì được dựng.`,
      en: `no internet on this machine (${list}). Packaging downloads Electron and rebuilds better-sqlite3 for Electron; run "npm run dist:${target}" on a machine with internet (README, "Cài đặt trên máy văn phòng"). Nothing was built.`,
    });
  }
}
stopIfProblems();
console.log('[dist] Kiểm tra trước khi đóng gói: đạt / preflight passed');
