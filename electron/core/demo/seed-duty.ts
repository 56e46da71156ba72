import type { ApiContext } from '../kernel/context';
import { listDutyCandidates } from '../duty/candidates';
import { createIncident, createPatrol } from '../duty/log-service';
import { incidentCreateInput, patrolCreateInput, shiftCreateInput } from '../duty/schema';
import { createShift } from '../duty/service';
import { listLocalities } from '../localities/service';
import { localityListInput } from '../localities/schema';
import { addDays, daysInMonth, parseIsoDate, toIsoDate } from '../shared/dates';

const INCIDENTS = [
  {
    day: 3,
    time: '21:40',
    description: 'Cháy cỏ ven đồi thông gần khu dân cư.',
    action: 'Tổ trực chiến cùng nhân dân dập tắt đám cháy, không thiệt hại về người.',
    by: 'Trực ban',
  },
  {
    day: 11,
    time: '02:15',
    description: 'Mất điện toàn khu vực cơ quan trong 40 phút.',
    action: 'Chạy máy phát điện, báo điện lực xử lý; thông tin liên lạc bảo đảm.',
    by: 'Chỉ huy trực',
  },
  {
    day: 19,
    time: '15:30',
    description: 'Nước sông dâng cao sau mưa lớn tại khu vực bờ sông.',
    action: 'Cắm biển cảnh báo, bố trí dân quân trực tại điểm xung yếu.',
    by: 'Trực ban',
  },
];

const PATROLS = [
  {
    day: 2,
    from: '19:00',
    to: '23:00',
    area: 'Khu vực chợ trung tâm và các tuyến phố chính',
    militia: 8,
    police: 2,
    other: 0,
    result: 'Không phát hiện vụ việc bất thường.',
  },
  {
    day: 8,
    from: '20:00',
    to: '00:00',
    area: 'Tuyến đường ven sông',
    militia: 6,
    police: 1,
    other: 2,
    result: 'Nhắc nhở 3 nhóm thanh thiếu niên tụ tập khuya.',
  },
  {
    day: 14,
    from: '21:00',
    to: '01:00',
    area: 'Khu công nghiệp và khu nhà trọ công nhân',
    militia: 10,
    police: 3,
    other: 0,
    result: 'Phối hợp kiểm tra tạm trú, không có vi phạm.',
  },
  {
    day: 20,
    from: '19:30',
    to: '22:30',
    area: 'Các thôn giáp ranh',
    militia: 7,
    police: 1,
    other: 1,
    result: 'Địa bàn ổn định.',
  },
  {
    day: 26,
    from: '20:00',
    to: '23:30',
    area: 'Khu vực trường học và bến xe',
    militia: 6,
    police: 2,
    other: 0,
    result: 'Không phát hiện vụ việc bất thường.',
  },
];

/**
 * Demo duty on top of the demo forces: this month's roster (a 24-hour
 * commander and duty officer from the staff each day, day and night members
 * from the militia, rotating so nobody overlaps), a few incidents and patrols.
 * Deterministic for a given month; built through the feature's services.
 */
export function seedDuty(ctx: ApiContext, today: string): Record<string, number> {
  const { year, month } = parseIsoDate(today)!;
  const candidates = listDutyCandidates(ctx);
  const staff = candidates.filter((c) => c.group === 'staff').map((c) => c.personId);
  const militia = candidates.filter((c) => c.group === 'militia').map((c) => c.personId);
  if (staff.length < 2 || militia.length < 2) return { dutyShifts: 0, dutyIncidents: 0, patrols: 0 };
  // Leaders command in turn; the other staff keep the duty desk.
  const commanders = staff.slice(0, Math.min(3, staff.length - 1));
  const officers = staff.slice(commanders.length);
  const days = daysInMonth(year, month);
  let shifts = 0;
  const add = (personId: string, startsAt: string, endsAt: string, role: string) => {
    createShift(ctx, shiftCreateInput.parse({ personId, startsAt, endsAt, role }));
    shifts += 1;
  };
  for (let d = 1; d <= days; d += 1) {
    const day = toIsoDate(year, month, d);
    const next = addDays(day, 1);
    add(commanders[d % commanders.length]!, `${day}T07:30`, `${next}T07:30`, 'commander');
    add(officers[d % officers.length]!, `${day}T07:30`, `${next}T07:30`, 'duty_officer');
    add(militia[(2 * d) % militia.length]!, `${day}T07:30`, `${day}T17:00`, 'member');
    add(militia[(2 * d + 1) % militia.length]!, `${day}T17:00`, `${next}T07:30`, 'member');
  }
  for (const i of INCIDENTS) {
    const occurredAt = `${toIsoDate(year, month, i.day)}T${i.time}`;
    createIncident(
      ctx,
      incidentCreateInput.parse({ occurredAt, description: i.description, actionTaken: i.action, reportedBy: i.by }),
    );
  }
  const wards = listLocalities(ctx, localityListInput.parse({})).filter((l) => l.parentId === null);
  PATROLS.forEach((p, index) => {
    createPatrol(
      ctx,
      patrolCreateInput.parse({
        onDate: toIsoDate(year, month, p.day),
        startsAt: p.from,
        endsAt: p.to,
        area: p.area,
        localityId: wards.length > 0 ? wards[index % wards.length]!.id : null,
        leader: candidates.find((c) => c.personId === officers[index % officers.length])?.fullName ?? '',
        militiaCount: p.militia,
        policeCount: p.police,
        otherCount: p.other,
        forcesNote: 'Dân quân cơ động phối hợp Công an',
        result: p.result,
      }),
    );
  });
  return { dutyShifts: shifts, dutyIncidents: INCIDENTS.length, patrols: PATROLS.length };
}
