import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { draftSections } from './draft';
import { percentOf, rateDisplay } from './format';
import { periodRange } from './period';
import type { ReviewFigure, ReviewFigures, ReviewReportDetail } from './public-types';
import { buildReviewFixture, type ReviewFixture } from './test-fixture';

let core: ReturnType<typeof createTestCore>;
let fixture: ReviewFixture;
let h1: ReviewFigures;
let h2: ReviewFigures;

beforeAll(async () => {
  core = createTestCore();
  fixture = await buildReviewFixture(core);
  h1 = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2023-01-01', to: '2023-06-30' });
  h2 = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2023-07-01', to: '2023-12-31' });
}, 60_000);
afterAll(() => core.dispose());

function figure(figures: ReviewFigures, key: string): ReviewFigure {
  const found = figures.groups.flatMap((g) => g.figures).find((f) => f.key === key);
  if (!found) throw new Error(`no figure ${key}`);
  return found;
}
/** key → display, for a whole group. */
const displays = (figures: ReviewFigures, group: string) =>
  Object.fromEntries(figures.groups.find((g) => g.key === group)!.figures.map((f) => [f.key, f.display]));

describe('the review figures of the first half of 2023', () => {
  it('lists the groups in the report’s order, the 2023 campaign only', () => {
    expect(h1.groups.map((g) => g.label)).toEqual([
      'Tình hình trên địa bàn',
      'Văn bản lãnh đạo, chỉ đạo',
      'Diễn tập',
      'Huấn luyện',
      'Dân quân tự vệ (tại ngày 30/06/2023)',
      'Quân nhân dự bị (tại ngày 30/06/2023)',
      'Tuyển quân năm 2023',
      'Trực sẵn sàng chiến đấu, tuần tra',
      'Đăng ký nghĩa vụ quân sự lần đầu năm 2023',
    ]);
  });

  it('sets the handover against the quota, army and police, health classes and legal points', () => {
    const c = (key: string) => figure(h1, `conscription.2023.${key}`);
    expect([c('handedOver').value, c('handedOver').of, c('handedOver').display]).toEqual([76, 76, '76/76']);
    expect(c('handedOver').how).toBe(
      'Số công dân đã giao nhận quân của đợt tuyển quân năm 2023 (giao quân 14/02/2023) trên tổng chỉ tiêu giao cho các xã, phường.',
    );
    expect(c('handedOver').link).toBe(`#/tuyen-quan/${fixture.campaign.id}/giao-nhan`);
    expect(displays(h1, 'conscription')).toEqual({
      'conscription.2023.handedOver': '76/76',
      'conscription.2023.quotaRate': '100%',
      'conscription.2023.army': '70/70',
      'conscription.2023.police': '6/6',
      'conscription.2023.examined': '80 người',
      'conscription.2023.passRate': '95%',
      'conscription.2023.class.1': '60 người (75%)',
      'conscription.2023.class.2': '16 người (20%)',
      'conscription.2023.class.4': '4 người (5%)',
      'conscription.2023.deferred': '3 người',
      'conscription.2023.deferred.a': '3 người',
      'conscription.2023.exempted': '1 người',
      'conscription.2023.exempted.b': '1 người',
    });
    expect(c('quotaRate').value).toBe(100);
    expect(c('passRate').value).toBe(95);
  });

  it('counts two exercises planned, one done, by type and rating', () => {
    expect(displays(h1, 'exercises')).toEqual({
      'exercises.planned': '2 cuộc',
      'exercises.done': '1/2',
      'exercises.type.combat_defence': '0/1',
      'exercises.type.disaster_rescue': '1/1',
      'exercises.rating.good': '1 cuộc',
    });
    expect(figure(h1, 'exercises.done')).toMatchObject({ value: 1, of: 2, link: '#/dien-tap-huan-luyen/dien-tap' });
  });

  it('takes the training attendance and the share rated good or better from the course', () => {
    expect(displays(h1, 'training')).toEqual({
      'training.courses': '1 lớp',
      'training.participants': '4 người',
      'training.attendanceRate': '80%',
      'training.goodRate': '50%',
    });
    expect(figure(h1, 'training.attendanceRate').how).toContain('(16) trên số ngày-người theo kế hoạch (20)');
  });

  it('gives militia and reserve strength as of the period’s last day, with Vietnamese decimals', () => {
    expect(displays(h1, 'militia')).toEqual({
      'militia.members': '3 người',
      'militia.share': '0,75%',
      'militia.partyShare': '33,33%',
    });
    expect(figure(h1, 'militia.share').value).toBe(0.75);
    expect(displays(h1, 'reserves')).toEqual({
      'reserves.total': '3 người',
      'reserves.grade1': '2 người',
      'reserves.grade2': '1 người',
      'reserves.assignmentRate': '66,67%',
      'reserves.specialtyMatchRate': '50%',
    });
  });

  it('sets the days with a shift against the days of the half, naming the days without one', () => {
    expect(figure(h1, 'duty.days')).toMatchObject({ value: 2, of: 181, display: '2/181' });
    expect(figure(h1, 'duty.days').how).toContain('Các ngày chưa có ca trực: 01/01–28/06/2023.');
    expect(h1.groups.find((g) => g.key === 'duty')!.dutyGaps).toEqual([{ from: '2023-01-01', to: '2023-06-28' }]);
  });

  it('counts the area’s wards and the police notices received, by kind of line', () => {
    expect(displays(h1, 'situation')).toEqual({
      'situation.localities': '2 phường',
      'situation.policeNotices': '1 thông báo',
      'situation.police.detention': '1 trường hợp',
      'situation.police.moved_away': '1 trường hợp',
    });
    expect(figure(h1, 'situation.policeNotices').link).toBe('#/cong-dan/thong-bao-cong-an');
  });

  it('counts the exercise plans dated in the half', () => {
    expect(displays(h1, 'leadership')).toEqual({
      'leadership.documents': '0 văn bản',
      'leadership.exercisePlans': '2 văn bản',
    });
  });

  it('counts duty and patrols', () => {
    expect(displays(h1, 'duty')).toEqual({
      'duty.days': '2/181',
      'duty.shifts': '2 ca',
      'duty.incidents': '1 vụ',
      'duty.patrols': '1 lượt',
      'duty.patrolPersonnel': '7 người',
    });
  });

  it('links every figure to a screen of the app', () => {
    for (const f of h1.groups.flatMap((g) => g.figures)) expect(f.link).toMatch(/^#\/[a-z-]+(\/|$)/);
  });

  it('counts the first registration of the males turning 17 in the year', () => {
    expect(figure(h1, 'registration.age17')).toMatchObject({ value: 1, of: 2, display: '1/2', link: '#/cong-dan' });
  });
});

describe('the period boundaries', () => {
  it('counts a record on 30/06 in the first half and not in the second', () => {
    // The combat exercise planned on 30/06, the shift, incident and patrol of 30/06.
    expect(figure(h1, 'exercises.type.combat_defence').of).toBe(1);
    expect(figure(h1, 'duty.patrols').value).toBe(1);
    expect(figure(h2, 'exercises.planned').value).toBe(2);
    expect(figure(h2, 'exercises.done').display).toBe('0/2');
    expect(figure(h2, 'duty.patrols').value).toBe(0);
    expect(figure(h2, 'duty.shifts').value).toBe(0);
    expect(figure(h2, 'duty.incidents').value).toBe(0);
    expect(figure(h2, 'training.courses').value).toBe(1);
    // The notice received on 01/07 and the shift that ends then (it belongs to 30/06).
    expect(displays(h2, 'situation')['situation.policeNotices']).toBe('1 thông báo');
    expect(displays(h2, 'situation')['situation.police.moved_in']).toBe('1 trường hợp');
    expect(figure(h2, 'duty.days')).toMatchObject({ value: 0, of: 184 });
    expect(figure(h2, 'leadership.exercisePlans').value).toBe(0);
    expect(h2.groups.some((g) => g.key === 'conscription')).toBe(false);
  });

  it('refuses a range that ends before it starts', async () => {
    const result = await core.invoke('reviews.report.figures', { from: '2023-07-01', to: '2023-06-30' });
    expect(result.ok).toBe(false);
  });
});

describe('the draft written from the figures', () => {
  it('drafts the handover, the exercises, the training and the next period’s tasks', async () => {
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
    expect(report.report.title).toBe('6 tháng đầu năm 2023');
    const s = report.sections;
    expect(s.conscription).toContain('giao đủ 76/76 công dân nhập ngũ, đạt 100% chỉ tiêu (Quân đội 70, Công an 6)');
    expect(s.conscription).toContain('ngày 14/02/2023');
    expect(s.defenceZone).toContain('đã thực hiện 1/2 cuộc');
    expect(s.training).toContain('quân số tham gia đạt 80%; tỷ lệ khá, giỏi đạt 50%');
    expect(s.forceBuilding).toContain('đạt 0,75% so với dân số');
    expect(s.forceBuilding).toContain('nam công dân đủ 17 tuổi: 1/2 người');
    expect(s.readiness.split('\n')).toEqual([
      'Duy trì chế độ trực sẵn sàng chiến đấu 2/181 ngày trong kỳ với 2 ca trực (trừ các ngày 01/01–28/06/2023); tiếp nhận, xử lý 1 vụ việc. Phối hợp tổ chức 1 lượt tuần tra với 7 lượt người tham gia.',
      // The readiness documents topic's paragraph (topics/readiness-documents.ts): no records here.
      'Trong 6 tháng đầu năm 2023, chưa tổ chức rà soát hệ thống văn kiện sẵn sàng chiến đấu và luyện tập phương án chiến đấu tại chỗ.',
    ]);
    expect(s.situation).toBe(
      'Trong 6 tháng đầu năm 2023, tình hình chính trị, an ninh trật tự trên địa bàn 2 phường cơ bản ổn định; lực lượng trực sẵn sàng chiến đấu đã tiếp nhận, xử lý 1 vụ việc; Ban Chỉ huy quân sự tiếp nhận 1 thông báo của Công an cấp xã (1 trường hợp bị tạm giữ, tạm giam; 1 trường hợp chuyển đi).',
    );
    expect(s.leadership).toBe(
      'Trong 6 tháng đầu năm 2023, Ban Chỉ huy quân sự tiếp tục tham mưu cho cấp ủy, chính quyền lãnh đạo, chỉ đạo thực hiện nhiệm vụ quốc phòng, quân sự địa phương theo kế hoạch. Tham mưu ban hành 2 văn bản kế hoạch, chỉ đạo diễn tập.',
    );
    expect(s.assessment.split('\n')).toEqual([
      '(Dự thảo từ số liệu của chương trình; cán bộ xem xét, đánh giá lại trước khi ban hành.)',
      'Ưu điểm: giao quân năm 2023 đủ 76/76 chỉ tiêu.',
      'Hạn chế: mới thực hiện 1/2 cuộc diễn tập theo kế hoạch; quân số tham gia huấn luyện mới đạt 80% (dưới 95%); lịch trực sẵn sàng chiến đấu mới bảo đảm 2/181 ngày trong kỳ; đăng ký nghĩa vụ quân sự lần đầu mới đạt 1/2 nam công dân đủ 17 tuổi.',
      'Nguyên nhân của hạn chế: có cả nguyên nhân khách quan và chủ quan, cần được làm rõ tại hội nghị sơ kết, tổng kết.',
    ]);
    expect(s.tasks.split('\n')).toEqual([
      'Trong 6 tháng cuối năm 2023, tập trung thực hiện các nhiệm vụ trọng tâm sau:',
      '- Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn (PCTT-TKCN): Diễn tập PCTT-TKCN phường Đức Xuân tại Phường Đức Xuân, dự kiến 15/09/2023.',
      '- Diễn tập chiến đấu phòng thủ trong khu vực phòng thủ: Diễn tập chiến đấu trong KVPT phường Phùng Chí Kiên tại Phường Phùng Chí Kiên, dự kiến 20/10/2023.',
      '- Huấn luyện Dân quân tự vệ năm thứ nhất: Huấn luyện dân quân năm thứ nhất năm 2023 tại Thao trường phường Đức Xuân, dự kiến 07/08/2023.',
      '- Chuẩn bị tuyển quân năm 2024: giao nhận quân dự kiến ngày 20/02/2024, chỉ tiêu 50 công dân.',
    ]);
    for (const [key, text] of Object.entries(s)) expect(text, key).not.toMatch(/…|\.\.\./);
  });

  it('writes "giao 70/76 …, đạt 92,1%" when some were not handed over', () => {
    const period = periodRange('h1', 2023);
    const partial = structuredClone(h1);
    const handed = partial.groups.find((g) => g.key === 'conscription')!.figures;
    handed.find((f) => f.key === 'conscription.2023.handedOver')!.value = 70;
    handed.find((f) => f.key === 'conscription.2023.handedOver')!.display = '70/76';
    handed.find((f) => f.key === 'conscription.2023.quotaRate')!.display = rateDisplay(percentOf(70, 76, 1), 1);
    const plans = { period: periodRange('h2', 2023), exercises: [], courses: [], campaign: null, topicTasks: [] };
    const text = draftSections(partial, period, plans).conscription;
    expect(text).toContain('giao 70/76 công dân nhập ngũ, đạt 92,1% chỉ tiêu');
    expect(text).not.toContain('giao đủ');
  });
});
