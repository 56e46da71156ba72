import { describe, expect, it } from 'vitest';
import { call, useTestCore, type TestCore } from '../../db/test-helpers';
import type { ReviewFigures } from '../../reviews/public-types';
import { readBundle } from '../format/bundle';
import type { ReviewFigureLine } from '../format/lines';
import type { SentBundle } from './build';
import { reportedHalves } from './figures';
import { setUpSender } from './test-office';

let core: TestCore;
useTestCore((c) => (core = c));

const RESCUE = '00000000-0000-4000-8000-000000000002';

describe('exchange: the half-year review figures sent upward', () => {
  it('reports the current half-year and the one before', () => {
    expect(reportedHalves('2026-11-27')).toEqual([
      { year: 2026, half: 1 },
      { year: 2026, half: 2 },
    ]);
    expect(reportedHalves('2027-03-01')).toEqual([
      { year: 2026, half: 2 },
      { year: 2027, half: 1 },
    ]);
  });

  it('sends each figure with the value the review report gives for the same period', async () => {
    setUpSender(core);
    for (const plannedOn of ['2026-08-15', '2026-10-02', '2026-03-10']) {
      await call(core, 'exercises.exercise.create', {
        typeId: RESCUE,
        level: 'commune',
        title: `Diễn tập PCTT-TKCN ${plannedOn}`,
        plannedOn,
      });
    }
    const sent = await call<SentBundle>(core, 'exchange.send.create', {});
    const lines = readBundle(Buffer.from(sent.base64, 'base64')).files.get('review_figures') as ReviewFigureLine[];
    for (const [period, from, to] of [
      ['2026-H1', '2026-01-01', '2026-06-30'],
      ['2026-H2', '2026-07-01', '2026-12-31'],
    ] as const) {
      const report = await call<ReviewFigures>(core, 'reviews.report.figures', { from, to });
      const expected = report.groups
        .flatMap((g) => g.figures)
        .filter((f) => f.value !== null)
        .flatMap((f) => [[f.key, f.value], ...(f.of === null ? [] : [[`${f.key}.of`, f.of]])]);
      const sentHere = lines.filter((l) => l.period === period).map((l) => [l.key, l.value]);
      expect(sentHere).toEqual(expected);
    }
    const planned = (period: string) =>
      lines.find((l) => l.period === period && l.key === 'exercises.type.disaster_rescue.of')?.value;
    expect([planned('2026-H1'), planned('2026-H2')]).toEqual([1, 2]);
  });
});
