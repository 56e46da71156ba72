import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';

/** SQL for the campaign's result report; the figures per locality come from the dashboard. */

export interface HealthClassRow {
  /** null: handed over with no class recorded (only a recorded correction can lead there). */
  healthClass: number | null;
  /** Records with this class, whatever their state now: everyone the exam council classed. */
  examined: number;
  handedOver: number;
}

/** Per health class: how many were examined and how many of them were handed over. */
export function healthClassCounts(db: Database, campaignId: string): HealthClassRow[] {
  return statement(
    db,
    `SELECT health_class AS healthClass, SUM(health_class IS NOT NULL) AS examined,
       SUM(state = 'handed_over') AS handedOver
     FROM conscription_records
     WHERE campaign_id = ? AND (health_class IS NOT NULL OR state = 'handed_over')
     GROUP BY health_class ORDER BY health_class`,
  ).all(campaignId) as HealthClassRow[];
}

export interface EducationRow {
  /** The person's education as typed ("12/12", "Đại học", ''). */
  education: string;
  count: number;
}

/** Education of those handed over, as typed in the people register. */
export function handedOverEducation(db: Database, campaignId: string): EducationRow[] {
  return statement(
    db,
    `SELECT p.education AS education, COUNT(*) AS count
     FROM conscription_records r JOIN people p ON p.id = r.person_id
     WHERE r.campaign_id = ? AND r.state = 'handed_over'
     GROUP BY p.education`,
  ).all(campaignId) as EducationRow[];
}

export interface DecisionRow {
  state: 'deferred' | 'exempted';
  /** The point of Art. 41(1) or 41(2) ('a', 'dd' …); null if none was recorded. */
  legalPoint: string | null;
  count: number;
}

/** Those deferred or exempted now, by legal point. */
export function decisionCounts(db: Database, campaignId: string): DecisionRow[] {
  return statement(
    db,
    `SELECT state, legal_point AS legalPoint, COUNT(*) AS count FROM conscription_records
     WHERE campaign_id = ? AND state IN ('deferred', 'exempted')
     GROUP BY state, legal_point`,
  ).all(campaignId) as DecisionRow[];
}
