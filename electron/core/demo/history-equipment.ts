import { statement } from '../db/statements';
import { createMovement, createStocktake, listKinds, type EquipmentKind } from '../equipment';
import { movementCreateInput, stocktakeCreateInput } from '../equipment/schema';
import type { ApiContext } from '../kernel/context';
import { addDays, localIsoDate } from '../shared/dates';

/*
 * The city command's 2023 weapons book: what the wards' mobile platoons and the city's store held
 * at the start of the year (entered as a receipt of the 2022 book), radios received from the
 * province in March, the issues of the first quarter, maintenance each quarter (the store and the
 * two wards holding guns), the stocktake of 28/06/2023 (no shortfall) and of 20/12/2023 (two life
 * jackets short, written off after the flood season). A boat issued on 03/07/2023 shows the H1/H2
 * boundary. Everything goes through the feature's services, so audit rows exist.
 */

const serials = (prefix: string, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(from + i).padStart(4, '0')}`);

const AK = serials('AK-', 1, 36);
const CKC = serials('CKC-', 1, 12);
const RADIOS = serials('VTĐ-', 1, 8);
const NEW_RADIOS = serials('VTĐ-', 9, 4);
const BOATS = ['XCN-01', 'XCN-02'];
const GENERATORS = ['MPĐ-01', 'MPĐ-02'];
const COUNTED: readonly [string, number][] = [
  ['Lựu đạn', 60],
  ['Đạn các loại', 12000],
  ['Mìn tập', 40],
  ['Áo phao', 120],
  ['Nhà bạt', 6],
  ['Trang phục dân quân', 200],
];

type Line = { kindId: string; serial?: string; quantity?: number; state?: 'good' | 'needs_repair' | null };

export function seedHistoryEquipment(ctx: ApiContext): Record<string, number> {
  const kinds = new Map<string, EquipmentKind>(listKinds(ctx, { includeRetired: false }).map((k) => [k.name, k]));
  const id = (name: string) => kinds.get(name)!.id;
  // The mobile platoons of the first wards (each ward has one, named alike).
  const platoons = statement(
    ctx.db,
    `SELECT id FROM militia_units WHERE force = 'militia' AND level = 'platoon' AND component = 'mobile'
       AND retired_on IS NULL ORDER BY rowid LIMIT 3`,
  ).all() as { id: string }[];
  if (platoons.length < 2) return {};
  const [first, second, third = platoons[0]!] = platoons.map((p) => p.id);
  let movements = 0;
  const move = (kind: string, movedOn: string, lines: Line[], extra: Record<string, unknown> = {}) => {
    createMovement(ctx, movementCreateInput.parse({ kind, movedOn, lines, ...extra }));
    movements += 1;
  };
  const pieces = (kind: string, list: readonly string[], state: Line['state'] = null): Line[] =>
    list.map((serial) => ({ kindId: id(kind), serial, ...(state ? { state } : {}) }));

  move(
    'receive',
    '2023-01-06',
    [
      ...pieces('Súng tiểu liên AK', AK),
      ...pieces('Súng trường CKC', CKC),
      ...pieces('Máy thông tin', RADIOS),
      ...pieces('Xuồng', BOATS),
      ...pieces('Máy phát điện', GENERATORS),
      ...COUNTED.map(([name, quantity]) => ({ kindId: id(name), quantity })),
    ],
    { source: 'Sổ theo dõi vũ khí, trang bị năm 2022 chuyển sang', reference: 'BB bàn giao ngày 06/01/2023' },
  );
  move('receive', '2023-03-15', pieces('Máy thông tin', NEW_RADIOS), {
    source: 'Bộ CHQS tỉnh Bắc Kạn cấp',
    reference: 'Phiếu xuất kho số 27/PX',
  });

  // First quarter: each of two wards' mobile platoons takes 6 AK, 2 radios and 20 life jackets.
  [first!, second!].forEach((unitId, w) =>
    move(
      'issue',
      '2023-02-20',
      [
        ...pieces('Súng tiểu liên AK', AK.slice(w * 6, w * 6 + 6)),
        ...pieces('Máy thông tin', RADIOS.slice(w * 2, w * 2 + 2)),
        { kindId: id('Áo phao'), quantity: 20 },
      ],
      { unitId, reference: `Phiếu cấp phát số ${String(w + 1).padStart(2, '0')}/2023` },
    ),
  );
  // A radio to a squad leader serving then (the 2019/2021 term), for the on-duty link.
  const leader = statement(
    ctx.db,
    `SELECT person_id AS id FROM militia_memberships WHERE position = 'unit_leader' AND started_on <= '2023-02-20'
       AND (ended_on IS NULL OR ended_on > '2023-02-20') ORDER BY rowid LIMIT 1`,
  ).get() as { id: string } | undefined;
  if (leader) move('issue', '2023-02-21', pieces('Máy thông tin', RADIOS.slice(7, 8)), { personId: leader.id });
  move('issue', '2023-03-20', pieces('Máy thông tin', NEW_RADIOS.slice(0, 2)), {
    unitId: third,
    reference: 'Phiếu cấp phát số 03/2023',
  });

  const guns = [...pieces('Súng tiểu liên AK', AK), ...pieces('Súng trường CKC', CKC)];
  const maintain = (on: string, lines: Line[], result: string) => move('maintenance', on, lines, { result });
  const quarter = (store: string, wards: string, ckcState: Line['state'] = null) => {
    maintain(store, guns.slice(12), 'Lau chùi, bôi dầu, kiểm tra tính năng vũ khí tại kho: đạt yêu cầu');
    maintain(wards, guns.slice(0, 6), 'Bảo quản vũ khí tại trung đội dân quân cơ động: tốt');
    maintain(
      wards,
      ckcState
        ? [...guns.slice(6, 12), { kindId: id('Súng trường CKC'), serial: CKC[11], state: ckcState }]
        : guns.slice(6, 12),
      ckcState
        ? 'Bảo quản vũ khí; 01 khẩu CKC hỏng khóa nòng, đề nghị sửa chữa'
        : 'Bảo quản vũ khí tại trung đội dân quân cơ động: tốt',
    );
  };
  quarter('2023-03-25', '2023-03-28');
  quarter('2023-06-20', '2023-06-22');

  createStocktake(
    ctx,
    stocktakeCreateInput.parse({
      takenOn: '2023-06-28',
      note: 'Kiểm kê 6 tháng đầu năm: đủ số lượng, đúng chủng loại',
      lines: [
        { kindId: id('Súng tiểu liên AK'), counted: 36 },
        { kindId: id('Súng trường CKC'), counted: 12 },
        { kindId: id('Máy thông tin'), counted: 12 },
        { kindId: id('Xuồng'), counted: 2 },
        { kindId: id('Máy phát điện'), counted: 2 },
        ...COUNTED.map(([name, counted]) => ({ kindId: id(name), counted })),
      ],
    }),
  );

  // Second half: a boat for the flood season (after the boundary), maintenance, the year's stocktake.
  move('issue', '2023-07-03', [{ kindId: id('Xuồng'), serial: BOATS[0] }], {
    unitId: second,
    reference: 'Phiếu cấp phát số 04/2023',
  });
  quarter('2023-09-22', '2023-09-25', 'needs_repair');
  move('return', '2023-10-30', [{ kindId: id('Xuồng'), serial: BOATS[0] }], { unitId: second });
  quarter('2023-12-12', '2023-12-14');
  createStocktake(
    ctx,
    stocktakeCreateInput.parse({
      takenOn: '2023-12-20',
      note: 'Kiểm kê cuối năm: thiếu 02 áo phao do hư hỏng trong đợt ứng cứu mưa lũ, đã lập biên bản',
      lines: [
        { kindId: id('Súng tiểu liên AK'), counted: 36 },
        { kindId: id('Súng trường CKC'), counted: 12 },
        { kindId: id('Máy thông tin'), counted: 12 },
        { kindId: id('Áo phao'), counted: 118 },
      ],
    }),
  );
  move('write_off', '2023-12-22', [{ kindId: id('Áo phao'), quantity: 2 }], {
    reference: 'Biên bản thanh lý ngày 22/12/2023',
    note: 'Hư hỏng trong đợt ứng cứu mưa lũ tháng 9/2023',
  });

  // Near today, so the screen is not empty on the current date.
  const today = localIsoDate(ctx.now());
  if (today >= '2024-01-01') maintain(addDays(today, -14), guns.slice(12), 'Bảo quản định kỳ tại kho: đạt yêu cầu');
  return { equipmentMovements: movements, equipmentStocktakes: 2 };
}
