import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../../db/test-helpers';
import { giveSupport, receiveCase, recordReturn, soldier } from '../../policy/test-steps';
import { periodRange } from '../period';
import type { ReviewFigureGroup, ReviewFigures } from '../public-types';
import { policyTopic } from './policy';

let core: TestCore;
useTestCore((c) => (core = c));

const H1 = periodRange('h1', 2023);
const H2 = periodRange('h2', 2023);

async function policyGroups(range: { from: string; to: string }): Promise<ReviewFigureGroup[]> {
  const figures = await call<ReviewFigures>(core, 'reviews.report.figures', { from: range.from, to: range.to });
  return figures.groups.filter((g) => g.key === 'policy');
}
const policyGroup = async (range: { from: string; to: string }) => (await policyGroups(range))[0]!;

const shown = (group: ReviewFigureGroup) => Object.fromEntries(group.figures.map((f) => [f.key, f.display]));

/**
 * H1 2023: two Tết gifts (one family twice: 500.000 + 300.000) and a visit on 30/06 without money; one
 * on 01/07 (H2). Returns: one back 06/02 registered in time, one back 30/06 registered late; one back
 * 01/07. Cases: one received 2022 resolved 10/01/2023, one received 01/03 still pending, one
 * ineligible on 30/06, one received 01/07.
 */
async function scene() {
  const an = await soldier(core, 'Nguyễn Văn An', '2003-05-02', 2022);
  const binh = await soldier(core, 'Lê Văn Bình', '2003-07-09', 2022);
  const cuong = await soldier(core, 'Trần Văn Cường', '2001-01-09', 2021);
  await giveSupport(core, { personId: an.id, supportOn: '2023-01-14', amount: 500000 });
  await giveSupport(core, { personId: an.id, supportOn: '2023-02-01', kind: 'hardship', amount: 300000 });
  await giveSupport(core, { personId: binh.id, supportOn: '2023-06-30', kind: 'visit' });
  await giveSupport(core, { personId: binh.id, supportOn: '2023-07-01', kind: 'visit', amount: 200000 });
  await recordReturn(core, {
    personId: cuong.id,
    dischargedOn: '2023-02-01',
    returnedOn: '2023-02-06',
    reserveRegisteredOn: '2023-02-27',
    supports: [
      { kind: 'job_referral', supportOn: '2023-06-30' },
      { kind: 'vocational_training', supportOn: '2023-07-01' },
    ],
  });
  await recordReturn(core, {
    personId: an.id,
    dischargedOn: '2023-06-20',
    returnedOn: '2023-06-30',
    reserveRegisteredOn: '2023-08-01',
  });
  await recordReturn(core, { personId: binh.id, dischargedOn: '2023-06-25', returnedOn: '2023-07-01' });
  await receiveCase(core, {
    subjectName: 'Hoàng Văn Dũng',
    receivedOn: '2022-12-01',
    outcome: 'resolved',
    resolvedOn: '2023-01-10',
  });
  await receiveCase(core, { subjectName: 'Hoàng Thị Đào', receivedOn: '2023-03-01' });
  await receiveCase(core, {
    subjectName: 'Ma Văn Én',
    receivedOn: '2023-04-01',
    outcome: 'ineligible',
    resolvedOn: '2023-06-30',
  });
  await receiveCase(core, { subjectName: 'Lý Văn Giang', receivedOn: '2023-07-01' });
}

describe('the policy topic of the review', () => {
  it('counts H1 2023 from the records, a record on 30/06 in H1 and one on 01/07 in H2', async () => {
    await scene();
    const h1 = await policyGroup(H1);
    expect(h1.label).toBe('Công tác chính sách');
    expect(shown(h1)).toEqual({
      'policy.cases': '2/3',
      'policy.cases.ineligible': '1 trường hợp',
      'policy.families': '2 gia đình',
      'policy.amount': '800.000 đồng',
      'policy.visitsGifts': '2 lượt',
      'policy.returnees': '2 người',
      'policy.registered': '1/2',
      'policy.jobSupport': '1 lượt',
    });
    expect(h1.figures.every((f) => f.link === '#/chinh-tri-chinh-sach/chinh-sach')).toBe(true);
    expect(h1.figures.find((f) => f.key === 'policy.returnees')?.how).toBe(
      'Quân nhân có ngày về địa phương từ 01/01/2023 đến 30/06/2023.',
    );
    const h2 = await policyGroup(H2);
    expect(shown(h2)).toEqual({
      'policy.cases': '0/2',
      'policy.families': '1 gia đình',
      'policy.amount': '200.000 đồng',
      'policy.visitsGifts': '1 lượt',
      'policy.returnees': '1 người',
      'policy.registered': '0/1',
      'policy.jobSupport': '1 lượt',
    });
  });

  it('counts a registration in time only once it is made: back 26/06, registered 03/07 is not yet in H1', async () => {
    const dung = await soldier(core, 'Phạm Văn Dũng', '2002-03-04', 2021);
    await recordReturn(core, {
      personId: dung.id,
      dischargedOn: '2023-06-20',
      returnedOn: '2023-06-26',
      reserveRegisteredOn: '2023-07-03',
      supports: [],
    });
    expect(shown(await policyGroup(H1))['policy.registered']).toBe('0/1');
  });

  it('drafts the paragraph from the figures in the administrative register', async () => {
    await scene();
    const text = policyTopic.draft([await policyGroup(H1)], H1);
    expect(text).toBe(
      'Trong 6 tháng đầu năm 2023, phối hợp giải quyết 3 trường hợp chính sách, đã giải quyết xong 2 trường hợp (1 trường hợp không đủ điều kiện); thăm hỏi, tặng quà, hỗ trợ 2 gia đình quân nhân đang tại ngũ với tổng số tiền 800.000 đồng; tiếp nhận 2 quân nhân xuất ngũ trở về địa phương, 1 đồng chí đăng ký ngạch dự bị đúng thời hạn; giới thiệu việc làm, hỗ trợ học nghề 1 lượt cho quân nhân xuất ngũ.',
    );
  });

  it('has no figures and says there was nothing to settle when there are no records, never "…"', async () => {
    expect(await policyGroups(H1)).toEqual([]);
    const text = policyTopic.draft(await policyGroups(H1), H1);
    expect(text).toBe(
      'Trong 6 tháng đầu năm 2023, không phát sinh trường hợp chính sách cần giải quyết; không có quân nhân xuất ngũ trở về địa phương và chưa tổ chức thăm hỏi, hỗ trợ gia đình quân nhân đang tại ngũ.',
    );
    expect(text).not.toContain('…');
  });

  it('goes into the report: the policy section of a new H1 report holds the paragraph', async () => {
    await scene();
    const report = await call<{ sections: Record<string, string> }>(core, 'reviews.report.create', {
      periodKind: 'h1',
      year: 2023,
    });
    expect(report.sections.policy).toContain('phối hợp giải quyết 3 trường hợp chính sách');
  });
});
