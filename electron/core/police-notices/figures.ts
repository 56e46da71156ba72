import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import type { IsoDate } from '../shared/dates';
import { policeEventKinds, type PoliceEventKind } from './schema';

/** What the police told the office over a range: notices received and their lines by kind. */
export interface PoliceNoticeFigures {
  notices: number;
  lines: Record<PoliceEventKind, number>;
}

/** Notices received in [from, to] (by their received date) and the lines they carry, by kind. */
export function policeNoticeFigures(ctx: ApiContext, range: { from: IsoDate; to: IsoDate }): PoliceNoticeFigures {
  const notices = (
    statement(ctx.db, `SELECT COUNT(*) AS n FROM police_notices WHERE received_on BETWEEN @from AND @to`).get(
      range,
    ) as { n: number }
  ).n;
  const rows = statement(
    ctx.db,
    `SELECT l.kind, COUNT(*) AS n FROM police_notice_lines l JOIN police_notices p ON p.id = l.notice_id
      WHERE p.received_on BETWEEN @from AND @to GROUP BY l.kind`,
  ).all(range) as Array<{ kind: PoliceEventKind; n: number }>;
  const lines = Object.fromEntries(policeEventKinds.map((k) => [k, 0])) as Record<PoliceEventKind, number>;
  for (const row of rows) lines[row.kind] = row.n;
  return { notices, lines };
}
