import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import { createLocality } from '../localities/test-steps';
import type {
  ReadinessDocumentKind,
  ReadinessHolder,
  ReadinessOverviewPage,
  ReadinessPractice,
  ReadinessReview,
} from './public-types';
import { BATTLE_MAP, DEFENCE_PLAN, kinds, officeHolder, practise, reviewAll, wardHolder } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

const count = (table: string) => (core.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('holders and their required sets', () => {
  it('seeds the eight kinds of document, editable, and gives each holder its kind’s set', async () => {
    expect((await kinds(core)).map((k) => k.name)).toEqual([
      'Kế hoạch chiến đấu phòng thủ',
      'Kế hoạch chiến đấu bảo vệ (mục tiêu)',
      'Kế hoạch phòng chống bạo loạn, gây rối',
      'Kế hoạch phòng chống thiên tai – tìm kiếm cứu nạn',
      'Kế hoạch chuyển trạng thái sẵn sàng chiến đấu',
      'Kế hoạch bảo đảm (hậu cần, kỹ thuật)',
      'Quyết tâm chiến đấu (bản đồ)',
      'Hệ thống sổ sách, biểu mẫu trực sẵn sàng chiến đấu',
    ]);
    const office = await officeHolder(core);
    const map = (await kinds(core)).find((k) => k.id === BATTLE_MAP)!;
    // The office drops the map from the wards' set and adds its own kind.
    await call(core, 'readinessDocuments.kind.update', { ...map, forLocality: false, retiredOn: null });
    const own = await call<{ id: string }>(core, 'readinessDocuments.kind.create', {
      name: 'Kế hoạch A2',
      forLocality: false,
    });
    const ward = await wardHolder(core);
    const page = await call<ReadinessOverviewPage>(core, 'readinessDocuments.overview', { asOf: '2026-11-27' });
    const set = (id: string) => page.rows.find((r) => r.holder.id === id)!.documents.map((d) => d.kindId);
    expect(set(office.id)).toHaveLength(9);
    expect(set(office.id)).toContain(own.id);
    expect(set(ward.id)).toHaveLength(7);
    expect(set(ward.id)).not.toContain(BATTLE_MAP);
    expect(auditFor(core.db, 'readiness_document_kind', own.id).map((a) => a.action)).toEqual(['create']);
  });

  it('counts a holder and a kind from the day given, else from the day entered, never a later day', async () => {
    const kind = await call<ReadinessDocumentKind>(core, 'readinessDocuments.kind.create', { name: 'Kế hoạch A2' });
    const office = await call<ReadinessHolder>(core, 'readinessDocuments.holder.create', {
      kind: 'office',
      name: 'Ban CHQS thành phố Bắc Kạn',
    });
    expect([kind.activeFrom, office.activeFrom]).toEqual(['2026-11-27', '2026-11-27']);
    const ward = await wardHolder(core, 'Phường Đức Xuân', '2026-03-01');
    const rows = async (asOf: string) =>
      (await call<ReadinessOverviewPage>(core, 'readinessDocuments.overview', { asOf })).rows.map((r) => [
        r.holder.name,
        r.documents.some((d) => d.kindId === kind.id),
      ]);
    expect(await rows('2026-02-28')).toEqual([]);
    expect(await rows('2026-03-01')).toEqual([['Ban CHQS phường Đức Xuân', false]]);
    expect(await rows('2026-11-27')).toEqual([
      ['Ban CHQS thành phố Bắc Kạn', true],
      ['Ban CHQS phường Đức Xuân', true],
    ]);
    // The seeded kinds are required since always.
    expect((await kinds(core)).filter((k) => k.activeFrom === null)).toHaveLength(8);
    expect(ward.activeFrom).toBe('2026-03-01');
    // An edit leaves the day as it was unless it gives one (null: since always).
    const renamed = await call<ReadinessHolder>(core, 'readinessDocuments.holder.update', {
      id: ward.id,
      version: ward.version,
      name: 'Ban CHQS phường Đức Xuân (mới)',
      retiredOn: null,
    });
    expect(renamed.activeFrom).toBe('2026-03-01');
    await call(core, 'readinessDocuments.holder.update', {
      id: ward.id,
      version: renamed.version,
      name: renamed.name,
      activeFrom: null,
      retiredOn: null,
    });
    expect(await rows('2026-02-28')).toEqual([['Ban CHQS phường Đức Xuân (mới)', false]]);
    const future = await refusal(core, 'readinessDocuments.kind.create', {
      name: 'Kế hoạch A3',
      activeFrom: '2026-11-28',
    });
    expect([future.code, future.fieldErrors?.activeFrom]).toEqual([
      'RULE_READINESS_ACTIVE_FROM_FUTURE',
      'Ngày bắt đầu theo dõi không được sau hôm nay; để trống thì tính từ hôm nay.',
    ]);
  });

  it('refuses a second holder for the same ward, a village as a ward command, and a duplicate kind name', async () => {
    const ward = await wardHolder(core);
    const locality = core.db.prepare(`SELECT locality_id AS id FROM readiness_holders WHERE id = ?`).get(ward.id) as {
      id: string;
    };
    const again = await refusal(core, 'readinessDocuments.holder.create', {
      kind: 'locality',
      refId: locality.id,
      name: 'Ban CHQS phường Đức Xuân',
    });
    expect([again.code, again.message]).toEqual([
      'CONFLICT_READINESS_HOLDER',
      'Cơ quan, đơn vị này đã có trong danh sách giữ văn kiện SSCĐ.',
    ]);
    const village = await createLocality(core, 'Tổ 1', 'residential_group', locality.id);
    const err = await refusal(core, 'readinessDocuments.holder.create', {
      kind: 'locality',
      refId: village.id,
      name: 'Tổ 1',
    });
    expect(err.code).toBe('RULE_READINESS_HOLDER_REF');
    const dup = await refusal(core, 'readinessDocuments.kind.create', { name: 'Kế hoạch chiến đấu phòng thủ' });
    expect([dup.code, dup.fieldErrors]).toEqual([
      'CONFLICT_READINESS_KIND_NAME',
      { name: 'Đã có loại văn kiện cùng tên.' },
    ]);
  });
});

describe('reviews', () => {
  it('appends a review to the document’s history, audited, and its state counts from its date on', async () => {
    const ward = await wardHolder(core);
    const first = await call<ReadinessReview>(core, 'readinessDocuments.review.create', {
      holderId: ward.id,
      kindId: DEFENCE_PLAN,
      reviewedOn: '2026-03-10',
      reviewer: 'Trung úy Lý Văn Hùng – Chỉ huy phó',
      state: 'needs_revision',
      note: 'Bổ sung phương án bảo vệ trụ sở UBND phường',
    });
    await call(core, 'readinessDocuments.review.create', {
      holderId: ward.id,
      kindId: DEFENCE_PLAN,
      reviewedOn: '2026-04-02',
      reviewer: 'Trung úy Lý Văn Hùng – Chỉ huy phó',
      state: 'complete',
    });
    const history = await call<ReadinessReview[]>(core, 'readinessDocuments.review.list', {
      holderId: ward.id,
      kindId: DEFENCE_PLAN,
    });
    expect(history.map((r) => [r.reviewedOn, r.state])).toEqual([
      ['2026-04-02', 'complete'],
      ['2026-03-10', 'needs_revision'],
    ]);
    const stateOn = async (asOf: string) =>
      (await call<ReadinessOverviewPage>(core, 'readinessDocuments.overview', { asOf })).rows[0]!.documents.find(
        (d) => d.kindId === DEFENCE_PLAN,
      )!;
    expect((await stateOn('2026-03-31')).state).toBe('needs_revision');
    expect(await stateOn('2026-04-02')).toMatchObject({ state: 'complete', reviewedOn: '2026-04-02', due: false });
    expect((await stateOn('2026-03-09')).state).toBeNull();
    expect(auditFor(core.db, 'readiness_document_review', first.id).map((a) => a.action)).toEqual(['create']);
  });

  it('marks a complete document due once its last review is more than 12 months old (office practice)', async () => {
    const ward = await wardHolder(core);
    await reviewAll(core, ward.id, [DEFENCE_PLAN], '2025-04-02');
    const due = async (asOf: string) =>
      (await call<ReadinessOverviewPage>(core, 'readinessDocuments.overview', { asOf })).rows[0]!.documents.find(
        (d) => d.kindId === DEFENCE_PLAN,
      )!.due;
    expect(await due('2026-04-02')).toBe(false);
    expect(await due('2026-04-03')).toBe(true);
  });

  it('refuses a review dated in the future or before the previous one, with the date to keep', async () => {
    const ward = await wardHolder(core);
    await reviewAll(core, ward.id, [DEFENCE_PLAN], '2026-05-20');
    const base = { holderId: ward.id, kindId: DEFENCE_PLAN, reviewer: 'Nguyễn Văn A', state: 'complete' };
    const future = await refusal(core, 'readinessDocuments.review.create', { ...base, reviewedOn: '2026-11-28' });
    expect([future.code, future.fieldErrors?.reviewedOn]).toEqual([
      'RULE_READINESS_REVIEW_FUTURE',
      'Ngày rà soát không được sau hôm nay: lần rà soát ghi lại việc đã làm.',
    ]);
    const earlier = await refusal(core, 'readinessDocuments.review.create', { ...base, reviewedOn: '2026-05-19' });
    expect([earlier.code, earlier.fieldErrors?.reviewedOn]).toEqual([
      'RULE_READINESS_REVIEW_ORDER',
      'Ngày rà soát phải từ ngày 20/05/2026 (lần rà soát trước của văn kiện này) trở đi: lịch sử rà soát được ghi nối tiếp, không chèn vào trước.',
    ]);
    await call(core, 'readinessDocuments.review.create', { ...base, reviewedOn: '2026-05-20' });
  });

  it('refuses a review dated before the holder or the kind was followed', async () => {
    const ward = await wardHolder(core, 'Phường Sông Cầu', '2024-03-01');
    const base = { holderId: ward.id, kindId: DEFENCE_PLAN, reviewer: 'Nguyễn Văn A', state: 'complete' };
    const early = await refusal(core, 'readinessDocuments.review.create', { ...base, reviewedOn: '2024-02-29' });
    expect([early.code, early.fieldErrors?.reviewedOn]).toEqual([
      'RULE_READINESS_REVIEW_BEFORE_START',
      'Ngày rà soát không được trước ngày bắt đầu theo dõi cơ quan, đơn vị (01/03/2024): văn kiện khi đó chưa thuộc hệ thống văn kiện của cơ quan, đơn vị.',
    ]);
    await call(core, 'readinessDocuments.review.create', { ...base, reviewedOn: '2024-03-01' });
  });

  it('records a holder’s whole review or nothing when one document is refused', async () => {
    const office = await officeHolder(core);
    const ward = await wardHolder(core);
    const map = (await kinds(core)).find((k) => k.id === BATTLE_MAP)!;
    await call(core, 'readinessDocuments.kind.update', { ...map, forLocality: false, retiredOn: null });
    const before = { reviews: count('readiness_document_reviews'), audit: count('audit_log') };
    const err = await refusal(core, 'readinessDocuments.review.createMany', {
      holderId: ward.id,
      reviewedOn: '2026-06-01',
      reviewer: 'Nguyễn Văn A',
      items: [
        { kindId: DEFENCE_PLAN, state: 'complete' },
        { kindId: BATTLE_MAP, state: 'complete' },
      ],
    });
    expect(err.code).toBe('RULE_READINESS_NOT_HOLDERS_DOCUMENT');
    expect(err.fieldErrors?.['items.1.kindId']).toBe(
      '"Quyết tâm chiến đấu (bản đồ)" không thuộc hệ thống văn kiện SSCĐ phải có của Ban CHQS phường Đức Xuân (danh mục văn kiện do cơ quan tự điều chỉnh theo hướng dẫn của cấp trên).',
    );
    expect({ reviews: count('readiness_document_reviews'), audit: count('audit_log') }).toEqual(before);
    expect(await reviewAll(core, office.id, [DEFENCE_PLAN, BATTLE_MAP], '2026-06-01')).toHaveLength(2);
  });
});

describe('practices', () => {
  it('records a practice of one of the holder’s plans, and refuses another holder’s plan', async () => {
    const ward = await wardHolder(core);
    const map = (await kinds(core)).find((k) => k.id === BATTLE_MAP)!;
    await call(core, 'readinessDocuments.kind.update', { ...map, forLocality: false, retiredOn: null });
    const done = await practise(core, {
      holderId: ward.id,
      practisedOn: '2026-05-15',
      note: 'Tình huống địch tập kích',
    });
    expect(done).toMatchObject({ holderName: 'Ban CHQS phường Đức Xuân', plannedAt: '2026-05-15', rating: 'good' });
    expect(auditFor(core.db, 'readiness_practice', done.id).map((a) => a.action)).toEqual(['create']);
    const err = await refusal(core, 'readinessDocuments.practice.create', {
      holderId: ward.id,
      kindId: BATTLE_MAP,
      status: 'done',
      practisedOn: '2026-05-15',
    });
    expect(err.code).toBe('RULE_READINESS_NOT_HOLDERS_DOCUMENT');
    const { holderName: _h, kindName: _k, ...fields } = done;
    const updated = await call<ReadinessPractice>(core, 'readinessDocuments.practice.update', {
      ...fields,
      participants: 30,
    });
    expect([updated.participants, updated.version]).toEqual([30, 2]);
    const stale = await refusal(core, 'readinessDocuments.practice.update', { ...fields, participants: 31 });
    expect(stale.code).toBe('CONFLICT_VERSION');
  });

  it('refuses a negative head count, a held practice in the future, a rating before it is held', async () => {
    const ward = await wardHolder(core);
    const base = { holderId: ward.id, kindId: DEFENCE_PLAN };
    const negative = await refusal(core, 'readinessDocuments.practice.create', {
      ...base,
      status: 'done',
      practisedOn: '2026-05-15',
      participants: -1,
    });
    expect(negative.fieldErrors?.participants).toBe('Số người tham gia không được âm.');
    const future = await refusal(core, 'readinessDocuments.practice.create', {
      ...base,
      status: 'done',
      practisedOn: '2026-12-01',
    });
    expect([future.code, future.fieldErrors?.practisedOn]).toEqual([
      'RULE_READINESS_PRACTICE_FUTURE',
      'Buổi luyện tập "Đã thực hiện" không được có ngày sau hôm nay; buổi chưa tổ chức thì ghi trạng thái "Kế hoạch".',
    ]);
    const rated = await refusal(core, 'readinessDocuments.practice.create', {
      ...base,
      status: 'planned',
      practisedOn: '2026-12-01',
      rating: 'good',
    });
    expect(rated.code).toBe('RULE_READINESS_PRACTICE_RATING');
    const planned = await call<ReadinessPractice>(core, 'readinessDocuments.practice.create', {
      ...base,
      status: 'planned',
      practisedOn: '2026-12-01',
    });
    expect(planned.plannedAt).toBe('2026-11-27');
    expect(count('readiness_practices')).toBe(1);
  });
});
