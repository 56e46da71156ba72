import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, makeTempDir, refusal, removeTempDir, type TestCore, useTestCore } from '../db/test-helpers';
import { errorSentence, fsErrorSentence } from './fs-errors';

/** The error Node throws for `action`: a real one, from the real file system. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the file system to refuse');
}

/** A system error as Node shapes it, for the codes a test machine cannot provoke (a full or read-only disk). */
const systemError = (code: string, where: string) =>
  Object.assign(new Error(`${code}: failed, open '${where}'`), { code, syscall: 'open', path: where });

describe('file errors in words', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => removeTempDir(dir));

  it('says a missing folder is missing, naming it, whole sentence with what to do', () => {
    const folder = path.join(dir, 'SaoLuu');
    const error = thrownBy(() => fs.writeFileSync(path.join(folder, 'a.qsdpbak'), 'x'));
    expect(fsErrorSentence(error, folder)).toBe(
      `Thư mục ${path.join(folder, 'a.qsdpbak')} không tồn tại hoặc không ghi được. Hãy cắm lại ổ đĩa hoặc USB, hoặc chọn thư mục khác.`,
    );
  });

  it('says a missing file being read is a missing file', () => {
    const file = path.join(dir, 'mau.docx');
    expect(
      fsErrorSentence(
        thrownBy(() => fs.readFileSync(file)),
        undefined,
        'read',
      ),
    ).toMatch(new RegExp(`^Không tìm thấy tệp ${file.replace(/[.\\]/g, '\\$&')}\\. Hãy kiểm tra`));
  });

  it('tells a folder from a file both ways', () => {
    expect(
      fsErrorSentence(
        thrownBy(() => fs.readFileSync(dir)),
        dir,
        'read',
      ),
    ).toBe(`${dir} là một thư mục, không phải tệp. Hãy chọn một tệp.`);
    const file = path.join(dir, 'tep.txt');
    fs.writeFileSync(file, 'x');
    expect(fsErrorSentence(thrownBy(() => fs.writeFileSync(path.join(file, 'b'), 'x')))).toMatch(
      /không phải là thư mục\. Hãy chọn một thư mục\.$/,
    );
  });

  it('words a denied, read-only, full or busy target with what to do next', () => {
    expect(fsErrorSentence(systemError('EACCES', 'E:\\SaoLuu'))).toMatch(
      /^Không có quyền ghi vào E:\\SaoLuu\. Hãy chọn thư mục khác/,
    );
    expect(fsErrorSentence(systemError('EPERM', 'E:\\SaoLuu'))).toMatch(/^Không có quyền ghi vào E:\\SaoLuu\./);
    expect(fsErrorSentence(systemError('EROFS', 'F:\\'))).toMatch(/^Ổ đĩa chứa F:\\ chỉ cho phép đọc/);
    expect(fsErrorSentence(systemError('ENOSPC', 'E:\\SaoLuu'))).toBe(
      'Ổ đĩa chứa E:\\SaoLuu đã đầy. Hãy xóa bớt tệp không cần hoặc chọn ổ đĩa khác, rồi thử lại.',
    );
    expect(fsErrorSentence(systemError('EBUSY', 'D:\\bao-cao.docx'))).toMatch(/đang được chương trình khác mở/);
  });

  it('leaves errors that are not the file system’s to the caller, as one sentence', () => {
    expect(fsErrorSentence(new Error('database disk image is malformed'))).toBeNull();
    expect(errorSentence(new Error('database disk image is malformed.'))).toBe(
      'Lỗi khi đọc, ghi tệp: database disk image is malformed.',
    );
  });
});

describe('file errors through the API', () => {
  let core: TestCore;
  useTestCore((c) => (core = c));

  it('refuses a backup to a folder that is not there with the folder’s name, never "ENOENT"', async () => {
    const folder = path.join(core.dataDir, 'SaoLuu');
    const err = await refusal(core, 'backup.create', { folder, passphrase: 'mot cum mat khau du dai' });
    expect(err.message).toBe(
      `Thư mục ${folder} không tồn tại hoặc không ghi được. Hãy cắm lại ổ đĩa hoặc USB, hoặc chọn thư mục khác.`,
    );
    expect(err.message).not.toMatch(/ENOENT|no such file/);
    // The folder exists now: the same call succeeds.
    fs.mkdirSync(folder);
    await call(core, 'backup.create', { folder, passphrase: 'mot cum mat khau du dai' });
  });
});
