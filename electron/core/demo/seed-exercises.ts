import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import type { ExerciseBuiltinType, ExerciseRating } from '../exercises/constants';
import { attachmentAddInput, exerciseCreateInput } from '../exercises/schema';
import { addAttachment, createExercise } from '../exercises/service';
import { addDays, type IsoDate } from '../shared/dates';
import { exerciseSeedBasis, lowerFirst, moveExercise, plannedForces } from './exercise-basis';

interface DemoExercise {
  type: ExerciseBuiltinType;
  level: 'commune' | 'region';
  /** Index into the wards/communes, or null for a city-level exercise. */
  area: number | null;
  title: string;
  /** Days from today of the planned start (or a day of the next half-year with `nextHalf`). */
  offset: number;
  nextHalf?: boolean;
  days: number;
  counts: [militia: number, reservists: number, police: number, other: number];
  end?: { rating: ExerciseRating; lessons: string; document: string } | { cancel: string } | 'preparing';
}

/**
 * Around today: three exercises held with their ratings (a command-staff one for the
 * city, a PCTT-TKCN one in the first ward, a combat-defence one in the second), one
 * cancelled with its reason, one being prepared, and two planned for the next half-year.
 */
const EXERCISES: readonly DemoExercise[] = [
  {
    type: 'command_staff',
    level: 'region',
    area: null,
    title: 'Diễn tập chỉ huy – tham mưu Ban CHQS thành phố',
    offset: -200,
    days: 2,
    counts: [20, 10, 0, 5],
    end: {
      rating: 'outstanding',
      lessons: 'Cơ quan tham mưu nắm chắc tình hình, xử lý tình huống kịp thời.',
      document: '42/KH-BCH',
    },
  },
  {
    type: 'disaster_rescue',
    level: 'commune',
    area: 0,
    title: 'Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn',
    offset: -120,
    days: 1,
    counts: [45, 10, 8, 30],
    end: {
      rating: 'good',
      lessons: 'Cần tăng phương tiện cứu hộ tại chỗ; hiệp đồng với công an tốt.',
      document: '15/KH-UBND',
    },
  },
  {
    type: 'combat_defence',
    level: 'commune',
    area: 1,
    title: 'Diễn tập chiến đấu phòng thủ trong khu vực phòng thủ',
    offset: -60,
    days: 2,
    counts: [60, 25, 12, 15],
    end: {
      rating: 'excellent',
      lessons: 'Lực lượng dân quân cơ động cơ động nhanh, đúng kế hoạch.',
      document: '27/KH-UBND',
    },
  },
  {
    type: 'disaster_rescue',
    level: 'commune',
    area: 2,
    title: 'Diễn tập ứng phó sạt lở đất',
    offset: -30,
    days: 1,
    counts: [35, 0, 6, 20],
    end: { cancel: 'Trùng thời gian ứng phó mưa lũ thực tế trên địa bàn; chuyển sang năm sau.' },
  },
  {
    type: 'combat_defence',
    level: 'commune',
    area: 2,
    title: 'Diễn tập chiến đấu phòng thủ',
    offset: 20,
    days: 2,
    counts: [50, 20, 10, 10],
    end: 'preparing',
  },
  {
    type: 'disaster_rescue',
    level: 'commune',
    area: 3,
    title: 'Diễn tập PCTT-TKCN mùa mưa bão',
    offset: 45,
    nextHalf: true,
    days: 1,
    counts: [40, 5, 6, 25],
  },
  {
    type: 'combat_defence',
    level: 'commune',
    area: 0,
    title: 'Diễn tập chiến đấu phòng thủ',
    offset: 100,
    nextHalf: true,
    days: 2,
    counts: [55, 20, 10, 10],
  },
];

function nextHalfStart(today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 6 ? `${year}-07-01` : `${year + 1}-01-01`;
}

/** Demo exercises data, built through the feature's services on top of the demo forces. */
export function seedExercises(ctx: ApiContext, today: IsoDate): Record<string, number> {
  const { areas, typeIds } = exerciseSeedBasis(ctx);
  const platoonOf = (localityId: string) =>
    (
      statement(
        ctx.db,
        `SELECT id FROM militia_units WHERE locality_id = ? AND parent_id IS NULL AND retired_on IS NULL
          ORDER BY level = 'platoon' DESC, name, id LIMIT 1`,
      ).get(localityId) as { id: string } | undefined
    )?.id;
  const reserveUnit = (
    statement(
      ctx.db,
      `SELECT id FROM reserve_units WHERE parent_id IS NULL AND retired_on IS NULL ORDER BY name, id LIMIT 1`,
    ).get() as { id: string } | undefined
  )?.id;
  let count = 0;
  for (const demo of EXERCISES) {
    const area = demo.area === null ? undefined : areas[demo.area % areas.length];
    const plannedOn = addDays(demo.nextHalf ? nextHalfStart(today) : today, demo.offset);
    const platoon = area ? platoonOf(area.id) : undefined;
    let exercise = createExercise(
      ctx,
      exerciseCreateInput.parse({
        typeId: typeIds.get(demo.type),
        level: demo.level,
        title: area ? `${demo.title} ${lowerFirst(area.name)}` : demo.title,
        localityId: area?.id ?? null,
        plannedOn,
        plannedUntil: demo.days > 1 ? addDays(plannedOn, demo.days - 1) : null,
        leadBody: area ? `UBND ${lowerFirst(area.name)}` : 'Ban CHQS thành phố',
        directingOfficer: area ? `Chỉ huy trưởng Ban CHQS ${lowerFirst(area.name)}` : 'Thượng tá Nông Đức Quyết',
        ...plannedForces(demo.counts, platoon, reserveUnit),
      }),
    );
    count++;
    const end = demo.end;
    if (!end) continue;
    const move = (values: Record<string, unknown>) => (exercise = moveExercise(ctx, exercise, values));
    if (end !== 'preparing' && 'cancel' in end) {
      move({ to: 'cancelled', cancelReason: end.cancel });
      continue;
    }
    move({ to: 'preparing' });
    if (end === 'preparing') continue;
    move({
      to: 'done',
      startedOn: plannedOn,
      endedOn: addDays(plannedOn, demo.days - 1),
      rating: end.rating,
      lessons: end.lessons,
    });
    addAttachment(
      ctx,
      attachmentAddInput.parse({
        exerciseId: exercise.id,
        documentNumber: end.document,
        documentDate: addDays(plannedOn, -30),
        summary: 'Kế hoạch diễn tập',
      }),
    );
  }
  return { exercises: count };
}
