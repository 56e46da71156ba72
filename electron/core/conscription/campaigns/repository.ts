import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../../db/records';
import { statement } from '../../db/statements';
import { localityNameOn } from '../../localities';
import type { IsoDate } from '../../shared/dates';
import type { CampaignStatus } from '../states';
import type { Campaign, CampaignCreateInput, Quota } from './schema';

interface Row {
  id: string;
  year: number;
  title: string;
  handover_start: string;
  handover_end: string;
  status: CampaignStatus;
  closed_at: string | null;
  notes: string;
  report_narrative: string;
  version: number;
}

const SELECT_QUOTAS = `
  SELECT q.locality_id AS localityId, ${localityNameOn('q.locality_id')} AS localityName, q.army, q.police
  FROM conscription_quotas q WHERE q.campaign_id = @campaignId`;

/** Quotas with each locality's name as it was on the campaign's first handover day. */
function quotasOf(db: Database, campaignId: string, asOf: IsoDate): Quota[] {
  const collator = new Intl.Collator('vi');
  return (statement(db, SELECT_QUOTAS).all({ campaignId, asOf }) as Quota[]).sort((a, b) =>
    collator.compare(a.localityName, b.localityName),
  );
}

function toCampaign(db: Database, row: Row): Campaign {
  const quotas = quotasOf(db, row.id, row.handover_start);
  const army = quotas.reduce((sum, q) => sum + q.army, 0);
  const police = quotas.reduce((sum, q) => sum + q.police, 0);
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    handoverStart: row.handover_start,
    handoverEnd: row.handover_end,
    status: row.status,
    closedAt: row.closed_at,
    notes: row.notes,
    reportNarrative: row.report_narrative,
    version: row.version,
    quotas,
    totals: { army, police, total: army + police },
  };
}

export function listCampaigns(db: Database): Campaign[] {
  const rows = statement(db, `SELECT * FROM conscription_campaigns ORDER BY year DESC`).all() as Row[];
  return rows.map((row) => toCampaign(db, row));
}

export function findCampaign(db: Database, id: string): Campaign | null {
  const row = statement(db, `SELECT * FROM conscription_campaigns WHERE id = ?`).get(id) as Row | undefined;
  return row ? toCampaign(db, row) : null;
}

export function campaignIdForYear(db: Database, year: number): string | null {
  const row = statement(db, `SELECT id FROM conscription_campaigns WHERE year = ?`).get(year) as
    { id: string } | undefined;
  return row?.id ?? null;
}

export function insertCampaign(db: Database, input: CampaignCreateInput & { title: string }, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO conscription_campaigns (id, year, title, handover_start, handover_end, status, closed_at, notes,
       created_at, updated_at, version)
     VALUES (@id, @year, @title, @handoverStart, @handoverEnd, 'open', NULL, @notes, @at, @at, 1)`,
  ).run({ id, at, ...input });
  return id;
}

/** Returns false when the campaign is not at `version` any more. */
export function updateCampaign(
  db: Database,
  id: string,
  version: number,
  values: CampaignCreateInput & { title: string },
  at: string,
): boolean {
  return updateAtVersion(
    db,
    'conscription_campaigns',
    'year = @year, title = @title, handover_start = @handoverStart, handover_end = @handoverEnd, notes = @notes',
    { id, version, at },
    values,
  );
}

/** Sets the result report's narrative; false when the campaign is not at `version` any more. */
export function updateNarrative(db: Database, id: string, version: number, narrative: string, at: string): boolean {
  return updateAtVersion(
    db,
    'conscription_campaigns',
    'report_narrative = @narrative',
    { id, version, at },
    { narrative },
  );
}

/** Bumps the version (and sets the status) if still at `version`. */
export function touchCampaign(db: Database, id: string, version: number, status: CampaignStatus, at: string): boolean {
  return updateAtVersion(
    db,
    'conscription_campaigns',
    `status = @status, closed_at = CASE WHEN @status = 'closed' THEN @at ELSE NULL END`,
    { id, version, at },
    { status },
  );
}

/** Replaces the campaign's quota rows with `quotas` (the caller runs this in its transaction). */
export function replaceQuotas(
  db: Database,
  campaignId: string,
  quotas: Omit<Quota, 'localityName'>[],
  at: string,
): void {
  statement(db, `DELETE FROM conscription_quotas WHERE campaign_id = ?`).run(campaignId);
  const insert = statement(
    db,
    `INSERT INTO conscription_quotas (id, campaign_id, locality_id, army, police, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  for (const q of quotas) insert.run(newId(), campaignId, q.localityId, q.army, q.police, at, at);
}
