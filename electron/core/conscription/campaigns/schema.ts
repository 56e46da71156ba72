import { z } from 'zod';
import { vi } from '../../messages/vi';
import { isoDate, optionalText, recordId, version } from '../../shared/fields';
import type { CampaignStatus } from '../states';

const quotaRow = z.strictObject({
  localityId: recordId,
  army: z.number().int({ error: vi.field.notAnInteger }).min(0).max(10_000),
  police: z.number().int({ error: vi.field.notAnInteger }).min(0).max(10_000),
});

const campaignFields = {
  year: z.number().int({ error: vi.field.notAnInteger }).min(2000).max(2200),
  title: optionalText(200),
  handoverStart: isoDate,
  handoverEnd: isoDate,
  notes: optionalText(2000),
};

/** Handover dates must lie in the campaign's year, the end not before the start. */
function checkDates(value: { year: number; handoverStart: string; handoverEnd: string }, ctx: z.RefinementCtx) {
  if (value.handoverStart.slice(0, 4) !== String(value.year)) {
    ctx.addIssue({ code: 'custom', path: ['handoverStart'], message: vi.conscription.campaign.dateOutsideYear });
  }
  if (value.handoverEnd < value.handoverStart) {
    ctx.addIssue({ code: 'custom', path: ['handoverEnd'], message: vi.conscription.campaign.endBeforeStart });
  }
}

export const campaignCreateInput = z.strictObject(campaignFields).superRefine(checkDates);
export const campaignUpdateInput = z.strictObject({ id: recordId, version, ...campaignFields }).superRefine(checkDates);
export const campaignIdInput = z.strictObject({ id: recordId });
export const campaignVersionInput = z.strictObject({ id: recordId, version });
export const campaignListInput = z.strictObject({});

/** The longest narrative the result report takes: about two printed pages. */
export const NARRATIVE_MAX = 5000;

/** The office's own assessment printed in the result report; blank lines separate paragraphs. */
export const narrativeSetInput = z.strictObject({
  id: recordId,
  version,
  reportNarrative: optionalText(NARRATIVE_MAX),
});

/** The whole quota table at once: rows left out are removed, so the form's table is the truth. */
export const quotaSetInput = z
  .strictObject({ campaignId: recordId, version, quotas: z.array(quotaRow).max(500) })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.quotas.forEach((q, i) => {
      if (seen.has(q.localityId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['quotas', i, 'localityId'],
          message: vi.conscription.campaign.duplicateLocality,
        });
      }
      seen.add(q.localityId);
    });
  });

export type CampaignCreateInput = z.output<typeof campaignCreateInput>;
export type CampaignUpdateInput = z.output<typeof campaignUpdateInput>;
export type QuotaSetInput = z.output<typeof quotaSetInput>;
export type NarrativeSetInput = z.output<typeof narrativeSetInput>;

/** A ward's quota as the form sets it, with the ward's name. */
export interface Quota extends z.output<typeof quotaRow> {
  localityName: string;
}

export interface Campaign {
  id: string;
  year: number;
  title: string;
  handoverStart: string;
  handoverEnd: string;
  status: CampaignStatus;
  closedAt: string | null;
  notes: string;
  /** The result report's narrative (nhận định, đánh giá); '' prints a standard sentence from the figures. */
  reportNarrative: string;
  version: number;
  quotas: Quota[];
  totals: { army: number; police: number; total: number };
}
