import { describe, expect, it } from 'vitest';
import { isNetworkPath, networkPathWarning } from './network-path';

describe('isNetworkPath', () => {
  it.each([
    '\\\\server\\share\\QSDP\\qsdp.sqlite',
    '\\\\192.168.1.10\\du-lieu',
    '//server/share/qsdp',
    '\\\\?\\UNC\\server\\share\\qsdp.sqlite',
    'smb://nas/qsdp',
  ])('treats %s as a network share', (p) => {
    expect(isNetworkPath(p)).toBe(true);
  });

  it.each([
    'C:\\Users\\ban-chqs\\AppData\\Roaming\\QSĐP',
    'E:\\SaoLuu',
    '/home/user/.config/QSĐP',
    '\\\\?\\C:\\very\\long\\path',
    '\\\\.\\PhysicalDrive0',
    'relative\\path',
  ])('treats %s as local', (p) => {
    expect(isNetworkPath(p)).toBe(false);
  });

  it('treats a drive letter mapped to a share as a network path', () => {
    expect(isNetworkPath('Z:\\QSDP\\qsdp.sqlite', ['Z:'])).toBe(true);
    expect(isNetworkPath('z:/QSDP', ['Z'])).toBe(true);
    expect(isNetworkPath('C:\\QSDP', ['Z:'])).toBe(false);
  });

  it('warns in Vietnamese to keep the file local and exchange backups', () => {
    const warning = networkPathWarning('\\\\server\\share\\QSDP');
    expect(warning).toContain('\\\\server\\share\\QSDP');
    expect(warning).toMatch(/dễ bị hỏng/);
    expect(warning).toMatch(/bản sao lưu/);
    expect(networkPathWarning('D:\\QSDP')).toBeNull();
  });
});
