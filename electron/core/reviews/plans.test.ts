import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../app-core';
import { call, makeTempDir, removeTempDir, TEST_KEY } from '../db/test-helpers';
import type { Exercise } from '../exercises';
import { exerciseTypeIds } from '../exercises/test-steps';
import { silentLogger } from '../log/logger';
import { setOffice } from '../office/test-steps';
import type { ReviewReportDetail } from './public-types';

// Part II lists what was planned as of the period's end: the records' own created_at (the day they
// were entered) decides, so this core's clock is moved to the day each record is entered.
let clock = new Date('2023-06-30T03:00:00Z');
let core: Core;
let dataDir: string;

beforeEach(async () => {
  dataDir = makeTempDir();
  clock = new Date('2023-01-05T03:00:00Z');
  core = createCore({ dataDir, key: TEST_KEY, now: () => clock, actor: 'tester', log: silentLogger });
  await setOffice(core);
});
afterEach(() => {
  core.close();
  removeTempDir(dataDir);
});

const on = (date: string) => (clock = new Date(`${date}T03:00:00Z`));

async function exercise(title: string, plannedOn: string): Promise<Exercise> {
  const typeId = await exerciseTypeIds(core);
  return call<Exercise>(core, 'exercises.exercise.create', {
    typeId: typeId('disaster_rescue'),
    level: 'commune',
    title,
    plannedOn,
  });
}

const course = (title: string, startsOn: string) =>
  call<{ id: string; version: number }>(core, 'training.course.create', {
    title,
    target: 'staff',
    startsOn,
    endsOn: startsOn,
    plannedDays: 1,
  });

async function h1Tasks(): Promise<string> {
  on('2026-12-01');
  const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
  return report.sections.tasks;
}

describe('Part II of the first half of 2023', () => {
  it('lists an exercise entered on 30/06 and not one entered on 01/07, both planned in September', async () => {
    on('2023-06-30');
    await exercise('Diễn tập ghi ngày 30/06', '2023-09-10');
    on('2023-07-01');
    await exercise('Diễn tập ghi ngày 01/07', '2023-09-11');
    const tasks = await h1Tasks();
    expect(tasks).toContain('Diễn tập ghi ngày 30/06');
    expect(tasks).not.toContain('Diễn tập ghi ngày 01/07');
  });

  it('lists an exercise entered later from a plan dated by 30/06, not one whose plan is dated 01/07', async () => {
    on('2023-08-01');
    const early = await exercise('Diễn tập theo kế hoạch 30/06', '2023-09-10');
    const late = await exercise('Diễn tập theo kế hoạch 01/07', '2023-09-11');
    await call(core, 'exercises.attachment.add', {
      exerciseId: early.id,
      documentNumber: '34/KH-UBND',
      documentDate: '2023-06-30',
    });
    await call(core, 'exercises.attachment.add', {
      exerciseId: late.id,
      documentNumber: '45/KH-UBND',
      documentDate: '2023-07-01',
    });
    const tasks = await h1Tasks();
    expect(tasks).toContain('Diễn tập theo kế hoạch 30/06');
    expect(tasks).not.toContain('Diễn tập theo kế hoạch 01/07');
  });

  it('still lists an exercise held or cancelled after 30/06, not one cancelled by then', async () => {
    on('2023-03-01');
    const held = await exercise('Diễn tập đã tổ chức sau đó', '2023-08-10');
    const cancelledLater = await exercise('Diễn tập hủy sau kỳ', '2023-09-10');
    const cancelledBefore = await exercise('Diễn tập hủy trong kỳ', '2023-09-11');
    on('2023-06-30');
    await call(core, 'exercises.exercise.transition', {
      id: cancelledBefore.id,
      version: cancelledBefore.version,
      to: 'cancelled',
      cancelReason: 'Điều chỉnh kế hoạch',
    });
    on('2023-07-01');
    await call(core, 'exercises.exercise.transition', {
      id: cancelledLater.id,
      version: cancelledLater.version,
      to: 'cancelled',
      cancelReason: 'Mưa bão',
    });
    on('2023-08-12');
    const prepared = await call<Exercise>(core, 'exercises.exercise.transition', {
      id: held.id,
      version: held.version,
      to: 'preparing',
    });
    await call(core, 'exercises.exercise.transition', {
      id: held.id,
      version: prepared.version,
      to: 'done',
      startedOn: '2023-08-10',
      endedOn: '2023-08-11',
      rating: 'good',
    });
    const tasks = await h1Tasks();
    expect(tasks).toContain('Diễn tập đã tổ chức sau đó');
    expect(tasks).toContain('Diễn tập hủy sau kỳ');
    expect(tasks).not.toContain('Diễn tập hủy trong kỳ');
  });

  it('lists a course whose cancellation in May was undone and which was cancelled again in July', async () => {
    on('2023-04-10');
    const c = await course('Lớp hủy lại tháng 7', '2023-08-07');
    on('2023-05-20');
    const cancelled = await call<{ version: number }>(core, 'training.course.transition', {
      id: c.id,
      version: c.version,
      to: 'cancelled',
    });
    on('2023-05-21');
    const undone = await call<{ version: number }>(core, 'training.course.undo', {
      id: c.id,
      version: cancelled.version,
      reason: 'Hủy nhầm khóa',
    });
    on('2023-07-10');
    await call(core, 'training.course.transition', { id: c.id, version: undone.version, to: 'cancelled' });
    expect(await h1Tasks()).toContain('Lớp hủy lại tháng 7');
  });

  it('lists a course entered by 30/06 and not one entered on 01/07', async () => {
    on('2023-06-30');
    await course('Lớp ghi ngày 30/06', '2023-08-07');
    on('2023-07-01');
    await course('Lớp ghi ngày 01/07', '2023-08-08');
    const tasks = await h1Tasks();
    expect(tasks).toContain('Lớp ghi ngày 30/06');
    expect(tasks).not.toContain('Lớp ghi ngày 01/07');
  });
});
