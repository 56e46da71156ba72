import type { ApiContext } from '../kernel/context';
import { XLSX_MIME } from '../docs/mime';
import { newWorkbook, styleHeaderRow, workbookBytes, XLSX_FONT } from '../docs/xlsx-sheet';
import { format, vi } from '../messages/vi';
import { localIsoDate } from '../shared/dates';
import type { AuditFilter } from './schema';
import { auditRows } from './service';
import { actionLabel, displayDateTime, entityLabel, toView } from './view';

/** Excel refuses cells longer than this; a huge snapshot is cut rather than breaking the file. */
const MAX_CELL = 32_000;

export interface AuditExport {
  fileName: string;
  mimeType: string;
  base64: string;
  count: number;
}

const clip = (text: string | null) => (text === null ? null : text.length > MAX_CELL ? text.slice(0, MAX_CELL) : text);

/** The filtered log as an .xlsx table with Vietnamese headers, newest first. */
export async function auditWorkbook(ctx: ApiContext, filter: AuditFilter): Promise<{ buffer: Buffer; count: number }> {
  const t = vi.audit.export;
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const c = t.columns;
  sheet.columns = [
    { header: c.seq, key: 'seq', width: 10 },
    { header: c.at, key: 'at', width: 18 },
    { header: c.actor, key: 'actor', width: 18 },
    { header: c.action, key: 'action', width: 16 },
    { header: c.entity, key: 'entity', width: 24 },
    { header: c.entityId, key: 'entityId', width: 38 },
    { header: c.recordName, key: 'recordName', width: 30 },
    { header: c.details, key: 'details', width: 60 },
    { header: c.before, key: 'before', width: 50 },
    { header: c.after, key: 'after', width: 50 },
    { header: c.hash, key: 'hash', width: 66 },
  ];
  styleHeaderRow(sheet.getRow(1), { size: null, border: true });
  let count = 0;
  for (const row of auditRows(ctx, filter)) {
    sheet.addRow({
      seq: row.seq,
      at: displayDateTime(row.at),
      actor: row.actor,
      action: actionLabel(row.action),
      entity: entityLabel(row.entity),
      entityId: row.entity_id,
      recordName: row.record_name ?? null,
      details: clip(toView(row).details),
      before: clip(row.before_json),
      after: clip(row.after_json),
      hash: row.hash,
    }).font = { name: XLSX_FONT };
    count += 1;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return { buffer: await workbookBytes(workbook), count };
}

export async function exportAudit(ctx: ApiContext, filter: AuditFilter): Promise<AuditExport> {
  const { buffer, count } = await auditWorkbook(ctx, filter);
  return {
    fileName: format(vi.audit.export.fileName, { date: localIsoDate(ctx.now()) }),
    mimeType: XLSX_MIME,
    base64: buffer.toString('base64'),
    count,
  };
}
