import { statement } from '../db/statements';
import { breachCreateInput } from '../discipline/schema';
import { createBreach } from '../discipline/service';
import type { ApiContext } from '../kernel/context';
import { listLocalities } from '../localities';
import type { StandardTopic } from '../political-education/constants';
import { sessionCreateInput } from '../political-education/schema';
import { createSession } from '../political-education/service';
import { addDays, localIsoDate, type IsoDate } from '../shared/dates';

/** The wards whose mobile platoons hold the monthly political sessions of the story. */
const PLATOON_WARDS = ['Phường Đức Xuân', 'Phường Sông Cầu'] as const;

/** A month's political session of the mobile platoons: its day, topic and standard topic. */
const MONTHLY: ReadonlyArray<readonly [IsoDate, string, StandardTopic]> = [
  [
    '2023-01-10',
    'Quán triệt Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII',
    'party_resolution',
  ],
  ['2023-02-14', 'Luật Dân quân tự vệ năm 2019 và các văn bản hướng dẫn thi hành', 'militia_law'],
  [
    '2023-03-14',
    'Nhận diện, đấu tranh phòng, chống âm mưu "diễn biến hòa bình" của các thế lực thù địch',
    'peaceful_evolution',
  ],
  ['2023-04-11', 'Chủ quyền biển, đảo Việt Nam; trách nhiệm của lực lượng dân quân', 'sovereignty'],
  ['2023-05-16', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'ho_chi_minh'],
  ['2023-06-13', 'Tình hình thời sự trong nước, quốc tế và nhiệm vụ chính trị của thành phố', 'local_situation'],
  // The second half: the story goes on after the report's period.
  ['2023-07-11', 'Truyền thống ngày Thương binh – Liệt sĩ 27/7, đền ơn đáp nghĩa', 'tradition'],
  ['2023-08-15', 'Luật Quốc phòng năm 2018: nhiệm vụ quốc phòng ở cơ sở', 'defence_law'],
];

/** January's propaganda for the 2023 handover in three wards: ward, day, people invited and present. */
const CONSCRIPTION_PROPAGANDA: ReadonlyArray<readonly [string, IsoDate, number, number]> = [
  ['Phường Đức Xuân', '2023-01-06', 150, 138],
  ['Phường Sông Cầu', '2023-01-09', 120, 112],
  ['Phường Phùng Chí Kiên', '2023-01-11', 100, 95],
];

const PRESENTER_CITY = 'Trợ lý chính trị Ban CHQS thành phố';
const STAFF = 'Cơ quan Ban CHQS thành phố';

/**
 * The office's 2023 political education sessions and discipline cases, through the features'
 * services (so each has its audit row): the mobile platoons' monthly sessions, January's
 * propaganda on the Military Service Law before the handover, the staff's themed meetings; three
 * breaches in the first half (handled) and one in the second. Two sessions near today as well.
 */
export function seedHistoryPolitical(ctx: ApiContext): Record<string, number> {
  const sessions = seedSessions(ctx);
  const breaches = seedBreaches(ctx);
  return { politicalSessions: sessions, disciplineBreaches: breaches };
}

/** The ward's mobile platoon as a 2023 record names it, and how many of its members served that day. */
function platoonOf(ctx: ApiContext, localityId: string, on: IsoDate): { id: string; members: number } | null {
  const platoon = statement(
    ctx.db,
    `SELECT id FROM militia_units WHERE locality_id = ? AND level = 'platoon' AND component = 'mobile' ORDER BY rowid LIMIT 1`,
  ).get(localityId) as { id: string } | undefined;
  if (!platoon) return null;
  const { n } = statement(
    ctx.db,
    `SELECT COUNT(*) AS n FROM militia_memberships m JOIN militia_units u ON u.id = m.unit_id
      WHERE (u.id = @id OR u.parent_id = @id) AND m.started_on <= @on AND (m.ended_on IS NULL OR m.ended_on >= @on)`,
  ).get({ id: platoon.id, on }) as { n: number };
  return { id: platoon.id, members: n };
}

function seedSessions(ctx: ApiContext): number {
  const wards = new Map(listLocalities(ctx.db, '2023-01-01', false).map((l) => [l.name, l.id]));
  let made = 0;
  const add = (values: Record<string, unknown>) => {
    createSession(ctx, sessionCreateInput.parse(values));
    made += 1;
  };
  PLATOON_WARDS.forEach((ward, w) => {
    const localityId = wards.get(ward);
    if (!localityId) return;
    MONTHLY.forEach(([day, topic, standardTopic], i) => {
      const heldOn = addDays(day, w);
      const platoon = platoonOf(ctx, localityId, heldOn);
      if (!platoon) return;
      // The 2019 term's members of the platoon that day, or the platoon's usual strength.
      const planned = Math.max(platoon.members, 24);
      add({
        heldOn,
        kind: 'political',
        unitKind: 'militia',
        unitId: platoon.id,
        unitName: `Trung đội dân quân cơ động ${ward.replace('Phường', 'phường')}`,
        topic,
        standardTopic,
        presenter: `Chính trị viên Ban CHQS ${ward.replace('Phường', 'phường')}`,
        planned,
        present: planned - ((i + w) % 3),
      });
    });
  });
  for (const [ward, heldOn, planned, present] of CONSCRIPTION_PROPAGANDA) {
    add({
      heldOn,
      kind: 'legal',
      unitKind: 'locality',
      unitId: wards.get(ward) ?? null,
      unitName: `Nhân dân ${ward.replace('Phường', 'phường')}`,
      topic: 'Tuyên truyền Luật Nghĩa vụ quân sự năm 2015, chuẩn bị giao nhận quân năm 2023',
      standardTopic: 'military_service_law',
      presenter: PRESENTER_CITY,
      planned,
      present,
    });
  }
  const staff = (heldOn: IsoDate, kind: string, topic: string, standardTopic: StandardTopic, present: number) =>
    add({
      heldOn,
      kind,
      unitKind: 'staff',
      unitName: STAFF,
      topic,
      standardTopic,
      presenter: PRESENTER_CITY,
      planned: 22,
      present,
    });
  staff(
    '2023-03-24',
    'thematic',
    'Sinh hoạt chuyên đề: đấu tranh phản bác quan điểm sai trái trên không gian mạng',
    'peaceful_evolution',
    21,
  );
  staff(
    '2023-06-20',
    'political',
    'Quán triệt Nghị quyết của Đảng ủy Quân sự tỉnh về nhiệm vụ 6 tháng cuối năm',
    'party_resolution',
    22,
  );
  staff('2023-09-19', 'legal', 'Phổ biến Luật Lực lượng dự bị động viên năm 2019', 'reserve_law', 20);
  // Near today, so the tab is not empty on the current year.
  const today = localIsoDate(ctx.now());
  staff(
    addDays(today, -40),
    'political',
    'Tình hình thời sự và nhiệm vụ chính trị của địa phương',
    'local_situation',
    21,
  );
  staff(
    addDays(today, -12),
    'legal',
    'Luật Dân quân tự vệ năm 2019 (sửa đổi theo Luật số 98/2025/QH15)',
    'militia_law',
    20,
  );
  return made;
}

/** A militia member (chiến sĩ) serving on `on`, not `except` (the demo's 2019 term). */
function militiaMemberOn(ctx: ApiContext, on: IsoDate, except: readonly string[]): string | null {
  const row = statement(
    ctx.db,
    `SELECT person_id AS personId FROM militia_memberships
      WHERE position = 'member' AND started_on <= @on AND (ended_on IS NULL OR ended_on >= @on)
        AND person_id NOT IN (SELECT value FROM json_each(@except))
      ORDER BY rowid LIMIT 1`,
  ).get({ on, except: JSON.stringify(except) }) as { personId: string } | undefined;
  return row?.personId ?? null;
}

/** A reservist on the register on `on`, if the demo has one that early. */
function reservistOn(ctx: ApiContext, on: IsoDate): string | null {
  const row = statement(
    ctx.db,
    `SELECT person_id AS personId FROM reservists
      WHERE registered_on <= @on AND (removed_on IS NULL OR removed_on >= @on) ORDER BY rowid LIMIT 1`,
  ).get({ on }) as { personId: string } | undefined;
  return row?.personId ?? null;
}

function seedBreaches(ctx: ApiContext): number {
  const used: string[] = [];
  let made = 0;
  const add = (personId: string | null, values: Record<string, unknown>) => {
    if (!personId) return;
    createBreach(ctx, breachCreateInput.parse({ personId, ...values }));
    used.push(personId);
    made += 1;
  };
  add(militiaMemberOn(ctx, '2023-02-18', used), {
    force: 'militia',
    occurredOn: '2023-02-18',
    description: 'Vắng mặt không có lý do 02 buổi huấn luyện dân quân năm 2023',
    status: 'handled',
    form: 'reprimand',
    decisionNumber: '05/QĐ-BCHQS',
    handledOn: '2023-03-01',
  });
  add(militiaMemberOn(ctx, '2023-04-22', used), {
    force: 'militia',
    occurredOn: '2023-04-22',
    description: 'Sử dụng rượu, bia trước khi tham gia tuần tra',
    status: 'handled',
    form: 'reminder',
    handledOn: '2023-04-25',
    note: 'Kiểm điểm trước trung đội',
  });
  const reservist = reservistOn(ctx, '2023-05-20');
  add(reservist ?? militiaMemberOn(ctx, '2023-05-20', used), {
    force: reservist ? 'reserves' : 'militia',
    occurredOn: '2023-05-20',
    description: reservist
      ? 'Không có mặt theo giấy gọi kiểm tra sẵn sàng động viên, không báo lý do'
      : 'Tự ý rời vị trí khi làm nhiệm vụ trực',
    status: 'handled',
    form: 'warning',
    decisionNumber: '18/QĐ-BCH',
    handledOn: '2023-06-05',
  });
  add(militiaMemberOn(ctx, '2023-08-14', used), {
    force: 'militia',
    occurredOn: '2023-08-14',
    description: 'Tự ý bỏ vị trí canh gác khi làm nhiệm vụ trực sẵn sàng chiến đấu',
    status: 'handled',
    form: 'reprimand',
    decisionNumber: '27/QĐ-BCHQS',
    handledOn: '2023-08-25',
  });
  return made;
}
