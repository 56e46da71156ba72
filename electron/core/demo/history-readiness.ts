import { lowerFirst } from '../../../vocabulary/text';
import type { ApiContext } from '../kernel/context';
import { localityListInput, TOP_LEVEL_KINDS } from '../localities/schema';
import { listLocalities } from '../localities/service';
import { createPractice, updatePractice } from '../readiness-documents/practices-service';
import { createHolder, createReviews, listKinds } from '../readiness-documents/service';
import {
  holderCreateInput,
  practiceCreateInput,
  practiceUpdateInput,
  reviewBatchInput,
} from '../readiness-documents/schema';

const OFFICE = 'Ban CHQS thành phố Bắc Kạn';
const REVIEWER = 'Đại úy Hà Văn Lâm – Trợ lý tác chiến Ban CHQS thành phố';

/** The yearly review of each holder's set in the first months of 2023 (invented dates). */
const REVIEWED_ON: Record<string, string> = {
  [OFFICE]: '2023-01-12',
  'Phường Đức Xuân': '2023-02-14',
  'Phường Sông Cầu': '2023-02-21',
  'Phường Phùng Chí Kiên': '2023-03-02',
  'Phường Nguyễn Thị Minh Khai': '2023-03-09',
  'Phường Huyền Tụng': '2023-03-16',
  'Phường Xuất Hóa': '2023-03-23',
  'Xã Dương Quang': '2023-04-06',
  'Xã Nông Thượng': '2023-04-13',
};

/** The two gaps the spring review found, put right in July (after the half-year's end). */
const GAPS = [
  {
    area: 'Xã Nông Thượng',
    kind: 'Kế hoạch chiến đấu bảo vệ (mục tiêu)',
    note: 'Chưa bổ sung mục tiêu bảo vệ mới (trạm biến áp trên địa bàn xã).',
    fixedOn: '2023-07-18',
  },
  {
    area: 'Phường Xuất Hóa',
    kind: 'Quyết tâm chiến đấu (bản đồ)',
    note: 'Bản đồ quyết tâm chưa cập nhật các khu dân cư mới, cần vẽ bổ sung.',
    fixedOn: '2023-07-25',
  },
];

/** Five practices held in the first half and one planned in June for August. */
const PRACTICES = [
  { holder: 'Phường Đức Xuân', kind: 'Kế hoạch chiến đấu phòng thủ', on: '2023-03-22', people: 32, rating: 'good' },
  {
    holder: 'Phường Sông Cầu',
    kind: 'Kế hoạch phòng chống bạo loạn, gây rối',
    on: '2023-04-14',
    people: 28,
    rating: 'good',
  },
  {
    holder: 'Xã Dương Quang',
    kind: 'Kế hoạch phòng chống thiên tai – tìm kiếm cứu nạn',
    on: '2023-05-10',
    people: 35,
    rating: 'excellent',
  },
  {
    holder: OFFICE,
    kind: 'Kế hoạch chuyển trạng thái sẵn sàng chiến đấu',
    on: '2023-05-25',
    people: 40,
    rating: 'excellent',
  },
  { holder: 'Phường Huyền Tụng', kind: 'Kế hoạch chiến đấu phòng thủ', on: '2023-06-16', people: 30, rating: 'pass' },
] as const;

/**
 * The office's 2023 readiness documents, through the feature's services: the city command and its
 * eight wards and communes as holders, each set reviewed in January–April (two documents found
 * lacking, completed in July), five plans practised on the spot in the first half and one planned
 * in June for August (held then).
 */
export function seedHistoryReadiness(ctx: ApiContext): Record<string, number> {
  const areas = listLocalities(ctx, localityListInput.parse({ asOf: '2023-06-30' })).filter((l) =>
    TOP_LEVEL_KINDS.includes(l.kind),
  );
  const holders = new Map<string, string>();
  // Kept since the start of 2023 (the seeded kinds are required since always).
  const activeFrom = '2023-01-01';
  holders.set(OFFICE, createHolder(ctx, holderCreateInput.parse({ kind: 'office', name: OFFICE, activeFrom })).id);
  areas.forEach((area, i) => {
    const name = `Ban CHQS ${lowerFirst(area.name)}`;
    const input = { kind: 'locality', refId: area.id, name, sortOrder: i, activeFrom };
    const holder = createHolder(ctx, holderCreateInput.parse(input));
    holders.set(area.name, holder.id);
  });
  const kinds = listKinds(ctx, false);
  const kindId = (name: string) => kinds.find((k) => k.name === name)!.id;
  let reviews = 0;
  for (const [key, holderId] of holders) {
    const reviewedOn = REVIEWED_ON[key];
    if (!reviewedOn) continue;
    const forOffice = key === OFFICE;
    const items = kinds
      .filter((k) => (forOffice ? k.forOffice : k.forLocality))
      .map((k) => {
        const gap = GAPS.find((g) => g.area === key && g.kind === k.name);
        return { kindId: k.id, state: gap ? 'needs_revision' : 'complete', note: gap?.note ?? '' };
      });
    reviews += createReviews(ctx, reviewBatchInput.parse({ holderId, reviewedOn, reviewer: REVIEWER, items })).length;
  }
  for (const gap of GAPS) {
    const holderId = holders.get(gap.area);
    if (!holderId) continue;
    const item = { kindId: kindId(gap.kind), state: 'complete', note: 'Đã bổ sung, điều chỉnh theo kết luận rà soát.' };
    reviews += createReviews(
      ctx,
      reviewBatchInput.parse({ holderId, reviewedOn: gap.fixedOn, reviewer: REVIEWER, items: [item] }),
    ).length;
  }
  let practices = 0;
  for (const p of PRACTICES) {
    const holderId = holders.get(p.holder);
    if (!holderId) continue;
    createPractice(
      ctx,
      practiceCreateInput.parse({
        holderId,
        kindId: kindId(p.kind),
        status: 'done',
        practisedOn: p.on,
        plannedAt: '2023-01-10',
        participants: p.people,
        rating: p.rating,
        note: 'Luyện tập xử trí các tình huống theo phương án, bảo đảm đúng quy trình.',
      }),
    );
    practices += 1;
  }
  const later = holders.get('Phường Phùng Chí Kiên');
  if (later) {
    const planned = createPractice(
      ctx,
      practiceCreateInput.parse({
        holderId: later,
        kindId: kindId('Kế hoạch chiến đấu phòng thủ'),
        status: 'planned',
        practisedOn: '2023-08-17',
        plannedAt: '2023-06-12',
        note: 'Kết hợp kiểm tra sẵn sàng chiến đấu quý III.',
      }),
    );
    const { holderName: _h, kindName: _k, ...fields } = planned;
    updatePractice(ctx, practiceUpdateInput.parse({ ...fields, status: 'done', participants: 34, rating: 'good' }));
    practices += 1;
  }
  return { readinessHolders: holders.size, readinessReviews: reviews, readinessPractices: practices };
}
