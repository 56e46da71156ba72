import type { ApiContext } from '../../kernel/context';
import { writeAudit } from '../../db/audit';
import { newId, timestamp } from '../../db/records';
import { insertEntry } from '../../documents/register/repository';
import { format, vi } from '../../messages/vi';
import { localIsoDate } from '../../shared/dates';

/** The register's kind for an upward bundle (documents/kind-labels.ts names it). */
export const BUNDLE_REGISTER_KIND = 'exchange.bundle';

/**
 * Writes a sent bundle into the register of outgoing documents (sổ văn bản đi, issue 20 §2). The
 * entry's file is the bundle's signed manifest (what went, with each file's row count and SHA-256),
 * not the bundle: the register is read by viewers, and the bundle is a copy of every record (it is
 * downloaded again through exchange.bundle.download, officer). No number: a bundle is not an
 * official document of a series (the register's number is null for such). The register's `format`
 * column only knows docx/xlsx (its CHECK predates bundles): 'docx' is written there and the mime
 * type says what the file is.
 */
export function registerSentBundle(
  ctx: ApiContext,
  bundle: {
    id: string;
    seq: number;
    fileName: string;
    manifestBytes: Uint8Array;
    recipientName: string;
    lines: number;
  },
): string {
  const id = newId();
  const issuedOn = localIsoDate(ctx.now());
  const year = Number(issuedOn.slice(0, 4));
  const summary = format(vi.exchange.bundleSummary, { seq: bundle.seq, recipient: bundle.recipientName });
  const file = Buffer.from(bundle.manifestBytes);
  const fileName = bundle.fileName.replace(/\.zip$/, '.manifest.json');
  insertEntry(ctx.db, {
    id,
    kind: BUNDLE_REGISTER_KIND,
    format: 'docx',
    year,
    typeCode: null,
    number: null,
    issuedOn,
    summary,
    signerName: '',
    signerTitle: '',
    inputJson: JSON.stringify({ kind: BUNDLE_REGISTER_KIND, bundleId: bundle.id, seq: bundle.seq }),
    snapshotJson: JSON.stringify({ fields: { lines: bundle.lines }, tables: {} }),
    fileName,
    mimeType: 'application/json',
    file,
    templateId: null,
    replacesId: null,
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
    after: { kind: BUNDLE_REGISTER_KIND, year, issuedOn, summary, fileName, fileSize: file.length },
  });
  return id;
}
