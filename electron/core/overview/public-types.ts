/** The overview's types the renderer may import (re-exported by api/contract.ts). */
import type { ReservesSummary } from '../reserves';

/** One ward/commune in a conscription campaign: quota against the official list, orders and handover. */
export interface OverviewLocalityProgress {
  localityId: string | null;
  localityName: string;
  quota: number;
  officialList: number;
  ordered: number;
  handedOver: number;
}

/** A campaign's progress as `conscription.campaign.dashboard` computes it, summed army + police. */
export interface OverviewCampaign {
  campaignId: string;
  year: number;
  title: string;
  status: 'open' | 'closed';
  handoverStart: string;
  totals: Omit<OverviewLocalityProgress, 'localityId' | 'localityName'> & {
    handedOverArmy: number;
    handedOverPolice: number;
  };
  localities: OverviewLocalityProgress[];
}

export type OverviewAlertKind = 'militiaTermEnding' | 'reservistPastAge' | 'orderUndelivered' | 'exerciseOverdue';

export interface OverviewAlert {
  kind: OverviewAlertKind;
  count: number;
  /** The first few records behind the count. */
  items: Array<{ id: string; name: string; detail: string }>;
  /** The app address (hash route) of the list that holds these records. */
  link: string;
}

export interface Overview {
  year: number;
  today: string;
  /** The day the strength figures are taken on: today, or 31/12 of a past year. */
  asOf: string;
  people: { total: number; male: number; female: number; localities: number };
  /** The year's campaign (handover in that year), then next year's if open (being prepared). */
  campaigns: OverviewCampaign[];
  exercises: {
    planned: number;
    done: number;
    cancelled: number;
    byType: Array<{ name: string; planned: number; done: number }>;
  };
  training: {
    courses: number;
    participants: number;
    attendanceRate: number | null;
    goodOrBetterRate: number | null;
    perCourse: Array<{ courseId: string; title: string; attendanceRate: number | null }>;
  };
  militia: {
    members: number;
    population: number | null;
    /** Members per population, in %. */
    share: number | null;
    partyShare: number | null;
    perLocality: Array<{ localityId: string; localityName: string; members: number; share: number | null }>;
  };
  /** The reserves summary's totals, less the two the overview does not show. */
  reserves: Omit<ReservesSummary['totals'], 'specialtyMatched' | 'pastAgeLimit'>;
  alerts: OverviewAlert[];
}
