import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import { unit, ward } from '../militia/test-fixtures';
import type { PoliticalEducationFigures, PoliticalSession, PoliticalSessionPage } from './public-types';
import { recordSession } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

const count = () => (core.db.prepare(`SELECT COUNT(*) AS n FROM political_sessions`).get() as { n: number }).n;
const figures = (from: string, to: string) =>
  call<PoliticalEducationFigures>(core, 'politicalEducation.figures', { from, to });

describe('political education sessions', () => {
  it('records a session for a militia unit, with its audit row, and lists it', async () => {
    const w = await ward(core);
    const platoon = await unit(core, { localityId: w.id, name: 'Trung đội dân quân cơ động' });
    const session = await recordSession(core, {
      unitKind: 'militia',
      unitId: platoon.id,
      unitName: 'Trung đội dân quân cơ động phường Đức Xuân',
      standardTopic: 'peaceful_evolution',
      presenter: 'Chính trị viên Ban CHQS phường',
    });
    expect(session).toMatchObject({ unitKind: 'militia', unitId: platoon.id, renewal: true, planned: 20, present: 18 });
    expect(auditFor(core.db, 'political_session', session.id).map((a) => a.action)).toEqual(['create']);
    const page = await call<PoliticalSessionPage>(core, 'politicalEducation.session.list', { unitKind: 'militia' });
    expect(page.rows.map((r) => r.id)).toEqual([session.id]);
  });

  it('refuses more people present than planned, with the reason, and writes nothing', async () => {
    const err = await refusal(core, 'politicalEducation.session.create', {
      heldOn: '2023-03-15',
      kind: 'political',
      unitKind: 'staff',
      unitName: 'Cơ quan',
      topic: 'Thời sự',
      planned: 20,
      present: 21,
    });
    expect(err).toMatchObject({
      code: 'RULE_POLEDU_PRESENT_OVER_PLANNED',
      fieldErrors: {
        present:
          'Số người có mặt (21) không được lớn hơn số người theo kế hoạch (20): tỷ lệ tham gia không vượt quá 100%.',
      },
    });
    expect(count()).toBe(0);
  });

  it('refuses a negative count, a future date, an id for a named unit and an unknown unit', async () => {
    const negative = await refusal(core, 'politicalEducation.session.create', {
      heldOn: '2023-03-15',
      kind: 'legal',
      unitKind: 'staff',
      unitName: 'Cơ quan',
      topic: 'Luật NVQS',
      planned: 10,
      present: -1,
    });
    expect(negative.fieldErrors?.present).toBe('Giá trị phải từ 0 trở lên.');
    // The test clock is 27/11/2026.
    const future = await refusal(core, 'politicalEducation.session.create', {
      heldOn: '2026-11-28',
      kind: 'legal',
      unitKind: 'staff',
      unitName: 'Cơ quan',
      topic: 'Luật NVQS',
      planned: 10,
      present: 5,
    });
    expect(future).toMatchObject({ code: 'RULE_POLEDU_HELD_IN_FUTURE' });
    expect(future.message).toContain('28/11/2026');
    const w = await ward(core);
    const named = await refusal(core, 'politicalEducation.session.create', {
      heldOn: '2023-03-15',
      kind: 'legal',
      unitKind: 'reserve',
      unitId: w.id,
      unitName: 'Đại đội bộ binh DBĐV',
      topic: 'Luật LLDBĐV',
      planned: 10,
      present: 5,
    });
    expect(named).toMatchObject({ code: 'RULE_POLEDU_UNIT_ID_KIND' });
    const unknown = await refusal(core, 'politicalEducation.session.create', {
      heldOn: '2023-03-15',
      kind: 'legal',
      unitKind: 'militia',
      unitId: w.id,
      unitName: 'Trung đội',
      topic: 'Luật DQTV',
      planned: 10,
      present: 5,
    });
    expect(unknown).toMatchObject({
      code: 'RULE_POLEDU_UNIT_NOT_FOUND',
      fieldErrors: { unitId: 'Không tìm thấy đơn vị, địa bàn đã chọn.' },
    });
    expect(count()).toBe(0);
  });

  it('updates at the version read, audits the change, and refuses a stale version', async () => {
    const s = await recordSession(core, {});
    const updated = await call<PoliticalSession>(core, 'politicalEducation.session.update', {
      ...withoutDerived(s),
      present: 20,
    });
    expect(updated).toMatchObject({ present: 20, version: 2 });
    expect(auditFor(core.db, 'political_session', s.id).map((a) => a.action)).toEqual(['create', 'update']);
    const stale = await refusal(core, 'politicalEducation.session.update', { ...withoutDerived(s), present: 19 });
    expect(stale.code).toBe('CONFLICT_VERSION');
  });

  it('counts sessions and attendance per kind, per unit and under the renewal project, 30/06 in H1 and 01/07 in H2', async () => {
    const w = await ward(core);
    const platoon = await unit(core, { localityId: w.id, name: 'Trung đội cơ động' });
    const militia = { unitKind: 'militia', unitId: platoon.id, unitName: 'Trung đội dân quân cơ động' };
    await recordSession(core, {
      ...militia,
      heldOn: '2023-01-01',
      planned: 30,
      present: 28,
      standardTopic: 'party_resolution',
    });
    await recordSession(core, {
      ...militia,
      heldOn: '2023-06-30',
      planned: 30,
      present: 27,
      standardTopic: 'militia_law',
    });
    await recordSession(core, { heldOn: '2023-03-10', kind: 'thematic', planned: 20, present: 20 });
    await recordSession(core, {
      heldOn: '2023-01-12',
      kind: 'legal',
      unitKind: 'locality',
      unitId: w.id,
      unitName: 'Nhân dân phường Đức Xuân',
      planned: 120,
      present: 105,
      standardTopic: 'military_service_law',
    });
    await recordSession(core, {
      ...militia,
      heldOn: '2023-07-01',
      planned: 30,
      present: 30,
      standardTopic: 'sovereignty',
    });

    const h1 = await figures('2023-01-01', '2023-06-30');
    expect(h1).toMatchObject({
      sessions: 4,
      planned: 200,
      present: 180,
      byKind: { political: 2, legal: 1, thematic: 1 },
      renewal: 1,
    });
    expect(h1.byUnit).toEqual([
      {
        unitKind: 'militia',
        unitId: platoon.id,
        unitName: 'Trung đội dân quân cơ động',
        sessions: 2,
        planned: 60,
        present: 55,
      },
      { unitKind: 'staff', unitId: null, unitName: 'Cơ quan quân sự thành phố', sessions: 1, planned: 20, present: 20 },
      {
        unitKind: 'locality',
        unitId: w.id,
        unitName: 'Nhân dân phường Đức Xuân',
        sessions: 1,
        planned: 120,
        present: 105,
      },
    ]);
    const h2 = await figures('2023-07-01', '2023-12-31');
    expect(h2).toMatchObject({ sessions: 1, planned: 30, present: 30, renewal: 1 });
    const reversed = await refusal(core, 'politicalEducation.figures', { from: '2023-12-31', to: '2023-07-01' });
    expect(reversed.fieldErrors).toEqual({ to: 'Ngày "đến" không được trước ngày "từ".' });
  });
});

/** A session as the update input takes it (the derived `renewal` is not an input). */
function withoutDerived(s: PoliticalSession) {
  const { renewal: _renewal, ...input } = s;
  return input;
}
