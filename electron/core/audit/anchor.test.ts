import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAutoBackup } from '../backup/auto';
import { call, createTestCore } from '../db/test-helpers';
import { announceRestoredEnd, readAuditAnchor, type AuditLink } from './anchor';
import type { AuditCheck } from './verify';

let core: ReturnType<typeof createTestCore>;
beforeEach(() => (core = createTestCore()));
afterEach(() => core.dispose());

let serial = 0;
const addPerson = (givenName: string) =>
  call(core, 'people.create', {
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName,
    birthDate: '2005-03-14',
    sex: 'M',
    citizenId: `00120500${String(++serial).padStart(4, '0')}`,
  });

/** An intruder removing the newest rows with a SQLite tool (the triggers dropped first). */
function deleteNewest(count: number) {
  core.db.exec('DROP TRIGGER IF EXISTS audit_log_no_delete');
  core.db.prepare('DELETE FROM audit_log WHERE seq > (SELECT MAX(seq) FROM audit_log) - ?').run(count);
}

describe('the audit anchor', () => {
  it('detects rows removed from the end of the log, which the chain alone cannot', async () => {
    for (const name of ['An', 'Bình', 'Cường', 'Dũng']) await addPerson(name);
    expect(await call<AuditCheck>(core, 'audit.verify')).toMatchObject({ ok: true, checked: 4 });
    expect(readAuditAnchor(core.dataDir)).toMatchObject({ seq: 4 });

    deleteNewest(2);
    const result = await call<AuditCheck>(core, 'audit.verify');
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(2);
    expect(result.message).toMatch(/^Nhật ký không còn dòng số 4 đã ghi nhận lúc .* \(nay chỉ còn 2 dòng nguyên vẹn\)/);
  });

  it('is not moved over a cut log by the next automatic backup, but follows an intact one', async () => {
    for (const name of ['An', 'Bình', 'Cường']) await addPerson(name);
    await runAutoBackup(core.context, 'start');
    expect(readAuditAnchor(core.dataDir)).toMatchObject({ seq: 3 });
    await addPerson('Dũng');
    await runAutoBackup(core.context, 'daily');
    expect(readAuditAnchor(core.dataDir)).toMatchObject({ seq: 4 });

    deleteNewest(1);
    await addPerson('Em');
    await runAutoBackup(core.context, 'start');
    // Row 4 is now another row: the anchor keeps the evidence and the check reports it.
    expect(readAuditAnchor(core.dataDir)).toMatchObject({ seq: 4 });
    expect(await call<AuditCheck>(core, 'audit.verify')).toMatchObject({ ok: false });
  });

  it('re-anchors after a restore, whose log legitimately ends earlier', async () => {
    await addPerson('An');
    const backup = await call<{ file: string }>(core, 'backup.create', {
      folder: core.dataDir,
      passphrase: 'cum-mat-khau-1',
    });
    await addPerson('Bình');
    await addPerson('Cường');
    // One person, the backup itself, two more people.
    expect(await call<AuditCheck>(core, 'audit.verify')).toMatchObject({ ok: true, checked: 4 });
    await call(core, 'backup.restore', { file: backup.file, passphrase: 'cum-mat-khau-1' });
    // The backup held one row (the first person); the restore adds its own.
    expect(await call<AuditCheck>(core, 'audit.verify')).toMatchObject({ ok: true, checked: 2 });
  });

  it('accepts the log a restore announced, so a crash between the file swap and the new anchor is no alarm', async () => {
    for (const name of ['An', 'Bình', 'Cường', 'Dũng']) await addPerson(name);
    await call<AuditCheck>(core, 'audit.verify');
    const end = readAuditAnchor(core.dataDir)!;
    // The restored log ends earlier, at a row of its own: here, row 2 stands for the restore's row.
    const restored = core.db.prepare('SELECT seq, hash FROM audit_log WHERE seq = 2').get() as {
      seq: number;
      hash: string;
    };
    deleteNewest(2);
    expect((await call<AuditCheck>(core, 'audit.verify')).ok).toBe(false);
    // The restore announces its log's end before the swap: the same log now passes, and the anchor moves on.
    announceRestoredEnd(core.db, core.dataDir, restored, new Date());
    expect(readAuditAnchor(core.dataDir)).toMatchObject({ seq: end.seq, hash: end.hash, pending: restored });
    expect(await call<AuditCheck>(core, 'audit.verify')).toMatchObject({ ok: true, checked: 2 });
    expect(readAuditAnchor(core.dataDir)).toMatchObject({ seq: 2, hash: restored.hash });
    expect(readAuditAnchor(core.dataDir)!.pending).toBeUndefined();
  });

  it('stays whole when a restore cut short after its swap is followed by another cut short before its swap', async () => {
    for (const name of ['An', 'Bình', 'Cường', 'Dũng']) await addPerson(name);
    await call<AuditCheck>(core, 'audit.verify');
    // Restore 1 announces its end (row 2 stands for it), swaps the file in (the log now ends there),
    // and is killed before it writes the new anchor.
    const first = core.db.prepare('SELECT seq, hash FROM audit_log WHERE seq = 2').get() as AuditLink;
    announceRestoredEnd(core.db, core.dataDir, first, new Date());
    deleteNewest(2);
    // Restore 2 announces another file's end and is killed before its swap: the live log is restore 1's.
    announceRestoredEnd(core.db, core.dataDir, { seq: 3, hash: 'f'.repeat(64) }, new Date());
    expect(await call<AuditCheck>(core, 'audit.verify')).toMatchObject({ ok: true, checked: 2 });
  });
});
