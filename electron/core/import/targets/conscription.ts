/**
 * Conscription records from an office's list: each citizen goes into the
 * chosen (open) campaign in the pool — the state for data taken over from
 * Excel (states.ts) — and, when the list gives a health class, the exam
 * result is recorded as the next step, as the exam dialog does.
 */
import { ApiError } from '../../kernel/errors';
import { getCampaign } from '../../conscription';
import { findRecordFor } from '../../conscription';
import { createRecord, recordHealthExam } from '../../conscription';
import { checkCampaignOpen } from '../../conscription';
import { HEALTH_CLASSES, healthExamStateFor, stateLabel } from '../../conscription';
import { format, vi } from '../../messages/vi';
import { localIsoDate } from '../../shared/dates';
import { foldKey, isMarked, issueAt, PERSON_ROW, personCheck, yesText } from './target-cells';
import type { ImportCellIssue } from '../types';
import type { TargetHandler } from './types';

const t = vi.import.conscription;

interface Context {
  campaignId: string;
  campaignTitle: string;
}

interface Input {
  healthClass: number | null;
  partyMember: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };

/** "2", 2, "Loại 2", "L2", "loại II", "SK2" → 2; null for anything not a class 1–6. */
export function parseHealthClass(value: unknown): number | null {
  if (typeof value === 'number') return (HEALTH_CLASSES as readonly number[]).includes(value) ? value : null;
  const key = foldKey(String(value))
    .replace(/^(loai|phan loai|suc khoe|sk|l)\s*/, '')
    .trim();
  const n = /^\d$/.test(key) ? Number(key) : ROMAN[key];
  return n !== undefined && (HEALTH_CLASSES as readonly number[]).includes(n) ? n : null;
}

export const conscriptionTarget: TargetHandler<Context, Input> = {
  load(ctx, options) {
    if (options.campaignId === undefined) throw ApiError.fields({ campaignId: vi.errors.IMPORT_CAMPAIGN_REQUIRED });
    const campaign = getCampaign(ctx, options.campaignId);
    const open = checkCampaignOpen(campaign.status, false);
    if (!open.ok) throw new ApiError(open.code, open.message, { campaignId: open.message });
    return { campaignId: campaign.id, campaignTitle: campaign.title };
  },

  parse(cells) {
    const errors: ImportCellIssue[] = [];
    let healthClass: number | null = null;
    const raw = cells.raw('healthClass');
    if (raw !== null && cells.text('healthClass') !== '') {
      healthClass = parseHealthClass(typeof raw === 'number' ? raw : cells.text('healthClass'));
      if (healthClass === null)
        issueAt(cells, errors, 'healthClass', format(t.healthClassUnknown, { value: cells.text('healthClass') }));
    }
    const partyMember = isMarked(cells, 'partyMember');
    const state = healthClass === null ? 'pool' : healthExamStateFor(healthClass);
    return {
      values: {
        healthClass: healthClass === null ? null : String(healthClass),
        partyMember: yesText(partyMember),
        state: stateLabel(state),
      },
      input: errors.length === 0 ? { healthClass, partyMember } : null,
      errors,
      warnings: [],
    };
  },

  check(ctx, context, person) {
    const { errors, warnings } = personCheck(person, vi.conscription.record.personArchived);
    const existingId = person.id ? findRecordFor(ctx.db, person.id, context.campaignId) : null;
    if (existingId) {
      warnings.push({ ...PERSON_ROW, message: format(t.alreadyInCampaign, { campaign: context.campaignTitle }) });
    }
    return { existingId, errors, warnings };
  },

  table: 'conscription_records',

  write(ctx, context, personId, input) {
    const onDate = localIsoDate(ctx.now());
    const note = [t.importedNote, input.partyMember ? t.partyMemberNote : ''].filter(Boolean).join(' ');
    const record = createRecord(ctx, {
      campaignId: context.campaignId,
      personId,
      state: 'pool',
      onDate,
      note,
      registrationCertificate: '',
    });
    if (input.healthClass === null) return record.id;
    recordHealthExam(ctx, {
      recordId: record.id,
      version: record.version,
      isCorrection: false,
      onDate,
      healthClass: input.healthClass,
      healthNotes: '',
      note: t.importedNote,
      documentNumber: '',
    });
    return record.id;
  },
};
