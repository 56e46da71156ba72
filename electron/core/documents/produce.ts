import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { asDraft } from '../docs/draft-mark';
import { packDocx } from '../docs/official-format';
import { DOCX_MIME, XLSX_MIME } from '../docs/mime';
import { vi } from '../messages/vi';
import { findProfile } from '../office/repository';
import { issuerFor } from '../office/issuing-authority';
import type { OfficeProfile } from '../office/schema';
import { localIsoDate } from '../shared/dates';
import { useNumber } from './counters';
import { documentFamilies, familyOf } from './families';
import type { DocumentFamily, DocumentRequest, PreparedDocument } from './family';
import type { BuiltDocument, GenerateInput, IssuePlan, ProducedDocument } from './generate-schema';
import { assertNumberFree, nextFreeNumber, referenceOf } from './register/numbers';
import { insertRegisterEntry, summaryOf, type RegisterOptions } from './register/register';
import { applyOfficeTemplate } from './templates/apply';

/** Times a document is laid out again when another took its number while it was being built. */
const MAX_ATTEMPTS = 5;

/** The signer chosen by `signerIndex` (default: the commander); the register records who signed. */
export function signerOf(office: OfficeProfile, index: number | undefined) {
  const signer =
    index !== undefined
      ? office.signers[index]
      : (office.signers.find((s) => s.role === 'commander') ?? office.signers[0]);
  if (!signer) throw ApiError.fields({ signerIndex: vi.errors.NOT_FOUND });
  return signer;
}

/**
 * Who issues the document and on which day: the office profile in force on the document's date (a
 * document dated before the office changed prints the old name, parent body and signers), then the
 * issuing authority of its kind on that date (office/issuing-authority.ts).
 */
function requestOf(ctx: ApiContext, input: GenerateInput, family: DocumentFamily): DocumentRequest {
  const date = input.date ?? family.defaultDate?.(ctx, input.kind, input) ?? localIsoDate(ctx.now());
  const profile = findProfile(ctx.db, date);
  if (!profile) throw ApiError.of('OFFICE_NOT_SET');
  const { office, signer } = issuerFor(profile, input.kind, date, signerOf(profile, input.signerIndex));
  return { input, office, signer, date };
}

/**
 * What every use of a document starts from: its family, who issues it on which day, and the read of
 * its records (one read transaction), left for the caller to run once its own checks are done.
 */
function documentOf(ctx: ApiContext, input: GenerateInput, families: readonly DocumentFamily[]) {
  const family = familyOf(input.kind, families);
  const request = requestOf(ctx, input, family);
  const read = () => inTransaction(ctx, () => family.prepare(ctx, input.kind, request));
  return { family, request, read };
}

/** Reads what a document prints, in one read transaction, without laying it out: for the pipeline and for tests. */
export function prepareDocument(
  ctx: ApiContext,
  input: GenerateInput,
  families: readonly DocumentFamily[] = documentFamilies,
): PreparedDocument {
  return documentOf(ctx, input, families).read();
}

/** A document with nothing to print is refused before any number is given or the user is asked anything. */
function printable(prepared: PreparedDocument): PreparedDocument {
  if (prepared.empty) throw new ApiError('DOCUMENT_EMPTY', vi.errors.DOCUMENT_EMPTY);
  return prepared;
}

function fileOf(prepared: PreparedDocument, extension: 'docx' | 'xlsx', bytes: Buffer) {
  return {
    fileName: `${prepared.title}.${extension}`,
    mimeType: extension === 'docx' ? DOCX_MIME : XLSX_MIME,
    base64: bytes.toString('base64'),
    count: prepared.count,
  };
}

/**
 * `documents.generate`, for every family: reads the records (one read transaction) and lays the
 * document out, refilled into the office's own template when it has one for the kind. A draft (the
 * default of the screens' buttons) is handed back then: "DỰ THẢO" on it, the number left blank,
 * nothing written — printing it again and again uses nothing. Issuing, then — in one
 * transaction, only once the bytes exist — uses its number and writes it into the register
 * (sổ văn bản đi). A build or a fill that fails uses no number and writes nothing. The .xlsx tables
 * are working copies: no number, no register entry.
 */
export async function produceDocument(
  ctx: ApiContext,
  input: GenerateInput,
  options: RegisterOptions = {},
  families: readonly DocumentFamily[] = documentFamilies,
): Promise<ProducedDocument> {
  const { family, request, read } = documentOf(ctx, input, families);
  const year = Number(request.date.slice(0, 4));
  const typeCode = input.format === 'docx' ? family.typeCode(input.kind) : null;
  // A number typed by hand that the register already holds is refused before any work is done.
  if (typeCode && typeof input.number === 'number') assertNumberFree(ctx, year, typeCode, input.number);

  const prepared = printable(read());
  if (input.format === 'xlsx') {
    if (!prepared.xlsx) throw ApiError.fields({ format: vi.field.invalid });
    const file = fileOf(prepared, 'xlsx', await prepared.xlsx());
    ctx.log.info('documents.generated', { kind: input.kind, format: 'xlsx', count: prepared.count });
    return { ...file, number: null, typeCode: null, registerId: null, templateId: null, reference: null };
  }
  if (input.mode === 'draft') {
    const packed = fileOf(prepared, 'docx', await packDocx(asDraft(() => prepared.docx(null))));
    const draft: BuiltDocument = { ...packed, number: null, typeCode, snapshot: prepared.snapshot };
    // The office's template as for issuing, so the draft looks like what will be issued: no number used, nothing registered.
    const { built: filled, templateId } = await applyOfficeTemplate(ctx, request, draft, true);
    ctx.log.info('documents.drafted', { kind: input.kind, count: prepared.count, templateId });
    const { snapshot: _kept, ...file } = filled;
    return { ...file, registerId: null, templateId, reference: null };
  }

  const automatic = typeCode !== null && input.number === undefined;
  // A batch of individual papers uses a block of numbers; one typed by hand starts the block.
  const block = prepared.numbers ?? 1;
  if (typeCode && typeof input.number === 'number')
    for (let n = input.number + 1; n < input.number + block; n += 1) assertNumberFree(ctx, year, typeCode, n);
  for (let attempt = 1; ; attempt += 1) {
    const number = typeCode === null ? null : automatic ? nextFreeNumber(ctx, year, typeCode, block) : input.number!;
    const packed = fileOf(prepared, 'docx', await packDocx(prepared.docx(number)));
    const built: BuiltDocument = { ...packed, number, typeCode, snapshot: prepared.snapshot };
    const { built: filled, templateId } = await applyOfficeTemplate(ctx, request, built);
    ctx.log.info('documents.generated', { kind: input.kind, format: 'docx', count: prepared.count });
    const registerId = inTransaction(ctx, () => {
      // Another document took the number while this one was being laid out: lay it out again.
      if (automatic && nextFreeNumber(ctx, year, typeCode, block) !== number) return null;
      // Only the counter's own number moves it: a number typed by hand is stepped over when the counter reaches it.
      if (automatic) useNumber(ctx, year, typeCode, number! + block - 1);
      return insertRegisterEntry(ctx, request, filled, templateId, options);
    });
    if (registerId !== null) {
      ctx.log.info('documents.registered', { kind: input.kind, year, typeCode, number });
      const { snapshot: _kept, ...file } = filled;
      return { ...file, registerId, templateId, reference: referenceOf(number, typeCode, request.office.symbol) };
    }
    if (attempt === MAX_ATTEMPTS) throw ApiError.of('DB_BUSY');
  }
}

/**
 * `documents.issuePlan`: what "Cấp số và phát hành" will do, for the dialog that asks before it —
 * the number it will take (the next free one now; another clerk may take it first, and the document
 * then gets the one after), its date, signer and summary. Reads only; an empty document is refused
 * here, before the user is asked anything.
 */
export function planIssue(
  ctx: ApiContext,
  input: GenerateInput,
  families: readonly DocumentFamily[] = documentFamilies,
): IssuePlan {
  const { family, request, read } = documentOf(ctx, input, families);
  const prepared = printable(read());
  const year = Number(request.date.slice(0, 4));
  const typeCode = family.typeCode(input.kind);
  const block = prepared.numbers ?? 1;
  const first = typeCode === null ? null : (input.number ?? nextFreeNumber(ctx, year, typeCode, block));
  const symbol = request.office.symbol;
  const { signer } = request;
  return {
    reference: referenceOf(first, typeCode, symbol),
    lastReference: first !== null && block > 1 ? referenceOf(first + block - 1, typeCode, symbol) : null,
    date: request.date,
    signer: [signer.title, signer.rank, signer.name].filter(Boolean).join(' '),
    summary: summaryOf(`${prepared.title}.docx`),
  };
}
