import type { ApiContext } from '../../kernel/context';
import { writeAudit } from '../../db/audit';
import { newId, timestamp } from '../../db/records';
import { format, vi } from '../../messages/vi';
import type { DocumentRequest } from '../family';
import type { BuiltDocument, DocumentSnapshot, GenerateInput } from '../generate-schema';
import { assertNumberFree } from './numbers';
import { insertEntry } from './repository';

/** What the register adds to a produced document besides the document itself. */
export interface RegisterOptions {
  /** The entry this document corrects ("Lập lại thành văn bản mới"). */
  replacesId?: string | null;
}

const EMPTY_SNAPSHOT: DocumentSnapshot = { fields: {}, tables: {} };

/**
 * The summary (trích yếu) from the file's title: "Danh sách công dân nhập ngũ 2026" reads
 * "Danh sách công dân nhập ngũ năm 2026"; a title that already says "năm" before the year is kept.
 */
export function summaryOf(fileName: string): string {
  const title = fileName.replace(/\.[^.]+$/, '').trim();
  const bareYear = /^(.*\S)\s+(\d{4})$/u.exec(title);
  if (!bareYear || bareYear[1]!.endsWith(` ${vi.register.yearWord}`)) return title;
  return format(vi.register.summaryWithYear, { title: bareYear[1]!, year: bareYear[2]! });
}

/**
 * Writes a produced .docx into the register (sổ văn bản đi) with its input, its data snapshot and
 * its bytes; call inside the transaction that uses its number (../produce.ts). The .xlsx tables are
 * working tables handed to the user, not documents sent out: they take no number and no entry. A
 * number the register already holds for the year and series is refused (the unique index is the
 * last guard) and nothing is written.
 */
export function insertRegisterEntry(
  ctx: ApiContext,
  { input, signer, date }: DocumentRequest,
  built: BuiltDocument,
  templateId: string | null,
  options: RegisterOptions = {},
): string {
  const { snapshot, ...file } = built;
  const year = Number(date.slice(0, 4));
  const id = newId();
  const summary = summaryOf(file.fileName);
  const bytes = Buffer.from(file.base64, 'base64');
  const replacesId = options.replacesId ?? null;
  // The input as it was used: the date and the number actually given, so the entry says exactly what was built.
  const { number: _typed, ...rest } = input;
  const used: GenerateInput = { ...rest, date, ...(file.number === null ? {} : { number: file.number }) };
  if (file.number !== null && file.typeCode) assertNumberFree(ctx, year, file.typeCode, file.number);
  insertEntry(ctx.db, {
    id,
    kind: input.kind,
    format: 'docx',
    year,
    typeCode: file.typeCode,
    number: file.number,
    issuedOn: date,
    summary,
    signerName: [signer.rank, signer.name].filter(Boolean).join(' '),
    signerTitle: signer.title,
    inputJson: JSON.stringify(used),
    snapshotJson: JSON.stringify(snapshot ?? EMPTY_SNAPSHOT),
    fileName: file.fileName,
    mimeType: file.mimeType,
    file: bytes,
    templateId,
    replacesId,
    createdBy: ctx.actor,
    at: timestamp(ctx.now()),
  });
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'document',
    entityId: id,
    action: 'create',
    before: null,
    // What was issued, not the file: the bytes stay in the register only.
    after: {
      kind: input.kind,
      year,
      typeCode: file.typeCode,
      number: file.number,
      issuedOn: date,
      summary,
      fileName: file.fileName,
      fileSize: bytes.length,
      templateId,
      replacesId,
    },
  });
  return id;
}
