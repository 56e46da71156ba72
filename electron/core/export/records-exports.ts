/**
 * `conscription.record.export`, `documents.register.export` and `staff.export`: a campaign's
 * citizens, the outgoing-document register and the office's staff as filtered and sorted on
 * screen, through each list's own query.
 */
import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { defineMethod } from '../kernel/method';
import { getCampaign } from '../conscription';
import { recordListInput } from '../conscription';
import { listRecords } from '../conscription';
import type { ConscriptionRecordRow } from '../conscription';
import { documentKindLabel } from '../documents/kind-labels';
import { registerListInput } from '../documents/register/schema';
import { listRegister } from '../documents/register/service';
import type { RegisterEntry } from '../documents/register/public-types';
import { format, vi } from '../messages/vi';
import { staffListInput, type StaffMember } from '../staff';
import { listStaff } from '../staff';
import { exportList, FilterWords, type ExportedFile } from './export-list';
import { personLeadColumns, rowNumberColumn } from './list-xlsx';
import { localityText, sexText } from './people-export';

const paging = { page: true, pageSize: true } as const;
export const recordExportInput = recordListInput.omit(paging);
export const registerExportInput = registerListInput.omit(paging);

export function exportRecords(ctx: ApiContext, input: z.output<typeof recordExportInput>): Promise<ExportedFile> {
  const campaign = getCampaign(ctx, input.campaignId);
  const c = vi.import.export.conscription.columns;
  const states = vi.conscription.states;
  const f = new FilterWords(ctx)
    .add('search', input.search)
    .locality(input.localityId)
    .add('healthClass', input.healthClass)
    .range('ages', input.ageFrom, input.ageTo);
  if (input.states.length > 0) f.add('status', input.states.map((s) => states[s]).join(', '));
  return exportList<ConscriptionRecordRow>(ctx, {
    title: format(vi.import.export.conscription.title, { campaign: campaign.title }),
    filters: f.words,
    fetch: (pageSize) => listRecords(ctx, { ...input, page: 1, pageSize }),
    columns: [
      ...personLeadColumns(c),
      { header: c.sex, value: (r) => sexText(r.sex) },
      { header: c.citizenId, value: (r) => r.citizenId },
      { header: c.locality, value: localityText },
      { header: c.state, value: (r) => states[r.state] },
      { header: c.stateSince, kind: 'date', value: (r) => r.stateSince },
      { header: c.healthClass, kind: 'number', value: (r) => r.healthClass },
      { header: c.orderNumber, kind: 'number', value: (r) => r.orderNumber },
      { header: c.orderDeliveredOn, kind: 'date', value: (r) => r.orderDeliveredOn },
      { header: c.handedOverOn, kind: 'date', value: (r) => r.handedOverOn },
      { header: c.receivingUnit, value: (r) => r.receivingUnit },
      { header: c.reason, value: (r) => r.reason },
    ],
  });
}

export function exportRegister(ctx: ApiContext, input: z.output<typeof registerExportInput>): Promise<ExportedFile> {
  const c = vi.import.export.register.columns;
  const f = new FilterWords(ctx)
    .add('year', input.year)
    .add('kind', input.kind ? documentKindLabel(input.kind) : undefined)
    .add('type', input.typeCode)
    .add('search', input.search);
  return exportList<RegisterEntry>(ctx, {
    title: vi.import.export.register.title,
    filters: f.words,
    fetch: (pageSize) => listRegister(ctx, { ...input, page: 1, pageSize }),
    columns: [
      rowNumberColumn(c.no),
      { header: c.reference, value: (r) => r.reference },
      { header: c.issuedOn, kind: 'date', value: (r) => r.issuedOn },
      { header: c.kind, value: (r) => r.kindLabel },
      { header: c.summary, value: (r) => r.summary },
      { header: c.signer, value: (r) => [r.signerTitle, r.signerName].filter(Boolean).join(' ') },
      { header: c.fileName, value: (r) => r.fileName },
    ],
  });
}

export function exportStaff(ctx: ApiContext, input: z.output<typeof staffListInput>): Promise<ExportedFile> {
  const c = vi.import.export.staff.columns;
  return exportList<StaffMember>(ctx, {
    title: vi.import.export.staff.title,
    filters: new FilterWords(ctx).add('all', input.includeEnded).words,
    // A few dozen people at most: the list has no paging, the cap still applies.
    fetch: (pageSize) => ({ rows: listStaff(ctx, input.includeEnded).slice(0, pageSize) }),
    columns: [
      ...personLeadColumns(c),
      { header: c.sex, value: (r) => sexText(r.sex) },
      { header: c.position, value: (r) => r.position },
      { header: c.rank, value: (r) => r.rank },
      { header: c.phone, value: (r) => r.phone },
      { header: c.startedOn, kind: 'date', value: (r) => r.startedOn },
      { header: c.endedOn, kind: 'date', value: (r) => r.endedOn },
    ],
  });
}

export const recordsExportApi = {
  'staff.export': defineMethod(staffListInput, exportStaff),
  'conscription.record.export': defineMethod(recordExportInput, exportRecords),
  'documents.register.export': defineMethod(registerExportInput, exportRegister),
};
