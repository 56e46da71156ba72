import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, parseWebOptions } from './options';

describe('parseWebOptions', () => {
  it('reads the data folder and port from the environment and the flags from argv', () => {
    expect(parseWebOptions(['--demo', '--no-open'], { QSDP_DATA_DIR: '/tmp/office', QSDP_PORT: '5180' })).toEqual({
      dataDir: path.resolve('/tmp/office'),
      port: 5180,
      demo: true,
      open: false,
    });
  });

  it('leaves the port to the data folder’s last one, opens the browser, and uses the desktop program’s data folder', () => {
    const options = parseWebOptions([], {});
    expect(options).toMatchObject({ port: undefined, demo: false, open: true });
    expect(options.dataDir).toBe(path.resolve(defaultDataDir()));
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toContain('QSĐP');
  });

  it('refuses an unknown flag or a bad port with a clear message', () => {
    expect(() => parseWebOptions(['--dmeo'], {})).toThrow(/--dmeo/);
    expect(() => parseWebOptions([], { QSDP_PORT: '70000' })).toThrow(/QSDP_PORT/);
  });
});
