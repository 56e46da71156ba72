import type { ApiContext } from '../../kernel/context';
import { writeAudit } from '../../db/audit';
import { timestamp } from '../../db/records';
import { ApiError, mustBeCurrent, mustExist } from '../../kernel/errors';
import { inTransaction } from '../../kernel/transaction';
import { findProfile } from '../../office/repository';
import { localIsoDate } from '../../shared/dates';
import { generateInput, type DocumentKind, type ProducedDocument } from '../generate-schema';
import { documentKindLabel } from '../kind-labels';
import { produceDocument } from '../produce';
import { referenceOf } from './numbers';
import type { RegisterEntry, RegisterEntryDetail, RegisterFile, RegisterPage } from './public-types';
import {
  entryFile,
  entryYears,
  findCorrection,
  findEntry,
  markWithdrawn,
  queryEntries,
  type RegisterRow,
} from './repository';
import type { RegisterListInput, RegisterRegenerateInput, RegisterWithdrawInput } from './schema';

function toEntry(row: RegisterRow, symbol: string): RegisterEntry {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    kindLabel: documentKindLabel(row.kind),
    format: row.format,
    year: row.year,
    typeCode: row.typeCode,
    number: row.number,
    reference: referenceOf(row.number, row.typeCode, symbol),
    issuedOn: row.issuedOn,
    summary: row.summary,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    fileName: row.fileName,
    fileSize: row.fileSize,
    templateId: row.templateId,
    replaces: row.replacesId
      ? {
          id: row.replacesId,
          reference: referenceOf(row.replacesNumber, row.replacesTypeCode, symbol),
          issuedOn: row.replacesIssuedOn ?? '',
        }
      : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    version: row.version,
    withdrawn:
      row.withdrawnAt !== null
        ? { at: row.withdrawnAt, reason: row.withdrawnReason ?? '', by: row.withdrawnBy ?? '' }
        : null,
  };
}

/** The office's symbol as it is now ("BCH"): the register shows references the way documents print them. */
function officeSymbol(ctx: ApiContext): string {
  return findProfile(ctx.db)?.symbol ?? '';
}

/** The register, newest first, one page at a time; never the files' bytes. */
export function listRegister(ctx: ApiContext, input: RegisterListInput): RegisterPage {
  const { rows, total } = queryEntries(ctx.db, {
    year: input.year,
    kind: input.kind,
    typeCode: input.typeCode || undefined,
    search: input.search || undefined,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  const symbol = officeSymbol(ctx);
  return {
    rows: rows.map((row) => toEntry(row, symbol)),
    total,
    page: input.page,
    pageSize: input.pageSize,
    years: entryYears(ctx.db),
  };
}

/** One entry with the input and the data it was built from. */
export function getRegisterEntry(ctx: ApiContext, id: string): RegisterEntryDetail {
  const row = findEntry(ctx.db, id);
  if (!row) throw ApiError.of('NOT_FOUND');
  const symbol = officeSymbol(ctx);
  const correction = findCorrection(ctx.db, id);
  return {
    ...toEntry(row, symbol),
    replacedBy: correction
      ? {
          id: correction.id,
          reference: referenceOf(correction.number, correction.typeCode, symbol),
          issuedOn: correction.issuedOn,
        }
      : null,
    input: JSON.parse(row.inputJson) as RegisterEntryDetail['input'],
    snapshot: JSON.parse(row.snapshotJson) as RegisterEntryDetail['snapshot'],
  };
}

/** The stored file, byte for byte as it was issued. */
export function downloadRegisterEntry(ctx: ApiContext, id: string): RegisterFile {
  const file = entryFile(ctx.db, id);
  if (!file) throw ApiError.of('NOT_FOUND');
  return { fileName: file.fileName, mimeType: file.mimeType, base64: file.fileData.toString('base64') };
}

/**
 * A correction is a new document: built again from the stored input with today's records (or the
 * given date), taking a new number, and pointing at the entry it replaces. The old entry stays.
 */
export async function regenerateRegisterEntry(
  ctx: ApiContext,
  input: RegisterRegenerateInput,
): Promise<ProducedDocument> {
  const row = findEntry(ctx.db, input.id);
  if (!row) throw ApiError.of('NOT_FOUND');
  const stored = JSON.parse(row.inputJson) as Record<string, unknown>;
  const { number: _used, ...rest } = stored;
  // Parsed again: the stored input passes the same checks as one typed today.
  const parsed = generateInput.safeParse({ ...rest, date: input.date ?? localIsoDate(ctx.now()) });
  if (!parsed.success) throw ApiError.of('REGISTER_NOT_A_DOCUMENT');
  return produceDocument(ctx, parsed.data, { replacesId: row.id });
}

/**
 * Withdraws (thu hồi) an issued document: the entry stays in the register marked withdrawn with the
 * reason, its number stays used (nextFreeNumber steps over every entry), audited in the same
 * transaction. An entry already withdrawn is refused, and so is one changed since it was read.
 */
export function withdrawRegisterEntry(ctx: ApiContext, input: RegisterWithdrawInput): RegisterEntry {
  return inTransaction(ctx, () => {
    const row = mustExist(findEntry(ctx.db, input.id));
    if (row.withdrawnAt !== null) throw ApiError.of('REGISTER_ALREADY_WITHDRAWN');
    const at = timestamp(ctx.now());
    mustBeCurrent(
      markWithdrawn(ctx.db, { id: row.id, version: input.version, at }, { reason: input.reason, by: ctx.actor }),
    );
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'document',
      entityId: row.id,
      action: 'update',
      before: { withdrawnAt: null },
      after: { withdrawnAt: at, withdrawnReason: input.reason, number: row.number, typeCode: row.typeCode },
    });
    return toEntry(mustExist(findEntry(ctx.db, row.id)), officeSymbol(ctx));
  });
}
