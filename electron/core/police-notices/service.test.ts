import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import { createCampaign, enrolInCampaign } from '../conscription/test-steps';
import { citizenIdFor, createPerson } from '../people/test-steps';
import type { PoliceNotice, PoliceNoticePage, PoliceQuarterStatus } from './public-types';
import { personLine, receiveNotice } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

const count = (table: string) => (core.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

function person(name = 'Nguyễn Văn An', birthDate = '2005-03-14') {
  return createPerson(core, name, { birthDate, sex: 'M', citizenId: citizenIdFor(birthDate, 'M', 17) });
}

describe('police notices', () => {
  it('creates a notice with its lines in one go: a registered person and one not yet in the register', async () => {
    const an = await person();
    const notice = await receiveNotice(core, {
      year: 2026,
      quarter: 3,
      receivedOn: '2026-10-05',
      reference: '125/TB-CAP',
      lines: [
        personLine(an.id, '2026-08-20', { kind: 'detention', note: 'Tạm giữ hành chính' }),
        {
          fullName: 'Lê Văn Bình',
          birthDate: '2006-01-02',
          idNumber: '095123456',
          kind: 'moved_in',
          eventOn: '2026-09-01',
        },
      ],
    });
    expect(notice).toMatchObject({ year: 2026, quarter: 3, reference: '125/TB-CAP', lineCount: 2, warnings: [] });
    expect(notice.lines.map((l) => [l.fullName, l.kind, l.personId !== null])).toEqual([
      ['Nguyễn Văn An', 'detention', true],
      ['Lê Văn Bình', 'moved_in', false],
    ]);
    expect(notice.lines[0]?.birthDate).toBe('2005-03-14');
    expect(notice.lines[1]?.idNumber).toBe('095123456');
    expect(auditFor(core.db, 'police_notice', notice.id).map((a) => a.action)).toEqual(['create']);
  });

  it('refuses the whole notice when one line is bad, and writes nothing', async () => {
    const an = await person();
    const before = { notices: count('police_notices'), lines: count('police_notice_lines') };
    const err = await refusal(core, 'policeNotices.create', {
      year: 2026,
      quarter: 3,
      receivedOn: '2026-10-05',
      sender: 'Công an phường Đức Xuân',
      lines: [personLine(an.id, '2026-08-20'), personLine(an.id, '2026-10-06')],
    });
    expect(err.code).toBe('RULE_POLICE_LINE_DATE');
    expect(err.fieldErrors).toEqual({
      'lines.1.eventOn': 'Ngày sự việc không được sau ngày nhận thông báo (05/10/2026).',
    });
    expect({ notices: count('police_notices'), lines: count('police_notice_lines') }).toEqual(before);
    const unknown = await refusal(core, 'policeNotices.create', {
      year: 2026,
      quarter: 3,
      receivedOn: '2026-10-05',
      sender: 'Công an phường Đức Xuân',
      lines: [personLine('00000000-0000-4000-8000-0000000000aa', '2026-08-20')],
    });
    expect(unknown.fieldErrors).toHaveProperty(['lines.0.personId']);
    expect({ notices: count('police_notices'), lines: count('police_notice_lines') }).toEqual(before);
  });

  it('asks a name for a line without a person, and an ID number of 12 or 9 digits', async () => {
    const err = await refusal(core, 'policeNotices.create', {
      year: 2026,
      quarter: 3,
      receivedOn: '2026-10-05',
      sender: 'Công an phường Đức Xuân',
      lines: [{ kind: 'other', eventOn: '2026-08-20', idNumber: '12345' }],
    });
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual(['lines.0.fullName', 'lines.0.idNumber']);
  });

  it('refuses a quarter that begins after the received date, at the boundary', async () => {
    const err = await refusal(core, 'policeNotices.create', {
      year: 2026,
      quarter: 3,
      receivedOn: '2026-06-30',
      sender: 'Công an phường Đức Xuân',
    });
    expect(err.code).toBe('RULE_POLICE_NOTICE_QUARTER');
    expect(err.fieldErrors?.quarter).toContain('Nghị định số 220/2025/NĐ-CP');
    expect((await receiveNotice(core, { year: 2026, quarter: 3, receivedOn: '2026-07-01' })).quarter).toBe(3);
  });

  it('keeps a notice received before the decree took effect, with a warning citing it', async () => {
    const early = await receiveNotice(core, { year: 2025, quarter: 2, receivedOn: '2025-08-06' });
    expect(early.warnings).toHaveLength(1);
    expect(early.warnings[0]).toContain('07/08/2025');
    expect(early.warnings[0]).toContain('220/2025/NĐ-CP');
    expect((await receiveNotice(core, { year: 2025, quarter: 3, receivedOn: '2025-08-07' })).warnings).toEqual([]);
  });

  it('updates lines and fields from the version read, refuses a stale version, and audits', async () => {
    const an = await person();
    const created = await receiveNotice(core, { year: 2026, quarter: 2, receivedOn: '2026-07-03' });
    const updated = await call<PoliceNotice>(core, 'policeNotices.update', {
      id: created.id,
      version: created.version,
      year: 2026,
      quarter: 2,
      receivedOn: '2026-07-03',
      sender: 'Công an phường Đức Xuân',
      lines: [personLine(an.id, '2026-05-10')],
    });
    expect(updated).toMatchObject({ version: created.version + 1, lineCount: 1 });
    const stale = await refusal(core, 'policeNotices.update', {
      id: created.id,
      version: created.version,
      year: 2026,
      quarter: 2,
      receivedOn: '2026-07-03',
      sender: 'Công an phường Đức Xuân',
      lines: [],
    });
    expect(stale.code).toBe('CONFLICT_VERSION');
    // A bad line in an edit leaves the notice as it was, its lines included.
    const bad = await refusal(core, 'policeNotices.update', {
      id: created.id,
      version: updated.version,
      year: 2026,
      quarter: 2,
      receivedOn: '2026-07-03',
      sender: 'Công an phường khác',
      lines: [personLine(an.id, '2026-07-04')],
    });
    expect(bad.code).toBe('RULE_POLICE_LINE_DATE');
    expect(await call<PoliceNotice>(core, 'policeNotices.get', { id: created.id })).toMatchObject({
      version: updated.version,
      sender: 'Công an phường Đức Xuân',
      lines: [{ personId: an.id, eventOn: '2026-05-10' }],
    });
    expect(auditFor(core.db, 'police_notice', created.id).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('pages the list in SQL, latest quarter first, filtered by year and quarter', async () => {
    for (const [year, quarter, receivedOn] of [
      [2025, 3, '2025-10-02'],
      [2025, 4, '2026-01-05'],
      [2026, 1, '2026-04-03'],
      [2026, 2, '2026-07-02'],
    ] as const) {
      await receiveNotice(core, { year, quarter, receivedOn });
    }
    const first = await call<PoliceNoticePage>(core, 'policeNotices.list', { pageSize: 3 });
    expect(first.total).toBe(4);
    expect(first.rows.map((r) => `${r.quarter}/${r.year}`)).toEqual(['2/2026', '1/2026', '4/2025']);
    const second = await call<PoliceNoticePage>(core, 'policeNotices.list', { pageSize: 3, page: 2 });
    expect(second.rows.map((r) => `${r.quarter}/${r.year}`)).toEqual(['3/2025']);
    const q4 = await call<PoliceNoticePage>(core, 'policeNotices.list', { year: 2025, quarter: 4 });
    expect(q4.rows.map((r) => r.receivedOn)).toEqual(['2026-01-05']);
  });

  it('shows which quarters of a year have a notice and which are missing', async () => {
    await receiveNotice(core, { year: 2026, quarter: 1, receivedOn: '2026-04-03' });
    await receiveNotice(core, { year: 2026, quarter: 2, receivedOn: '2026-07-02' });
    // Today (the test clock) is 27/11/2026: the third quarter has ended without a notice.
    const quarters = await call<PoliceQuarterStatus[]>(core, 'policeNotices.quarters', { year: 2026 });
    expect(quarters.map((q) => q.status)).toEqual(['received', 'received', 'missing', 'upcoming']);
    const year2025 = await call<PoliceQuarterStatus[]>(core, 'policeNotices.quarters', { year: 2025 });
    expect(year2025.map((q) => q.status)).toEqual(['notRequired', 'notRequired', 'missing', 'missing']);
  });

  it('flags a moved-away citizen still on an open campaign or the reservists, not a moved-in line', async () => {
    const an = await person();
    const binh = await person('Trần Văn Bình', '2004-06-01');
    const campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-20' });
    await enrolInCampaign(core, { campaignId: campaign.id, personId: an.id, onDate: '2026-10-01' });
    await call(core, 'reserves.reservist.create', {
      personId: binh.id,
      category: 'soldier',
      grade: 1,
      registeredOn: '2026-01-01',
    });
    const notice = await receiveNotice(core, {
      year: 2026,
      quarter: 4,
      receivedOn: '2026-11-20',
      lines: [
        personLine(an.id, '2026-11-02'),
        personLine(an.id, '2026-11-02', { kind: 'moved_in' }),
        personLine(binh.id, '2026-11-03'),
      ],
    });
    expect(notice.lines.map((l) => l.flags)).toEqual([['conscription'], [], ['reserves']]);
  });
});
