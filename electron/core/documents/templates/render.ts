import Docxtemplater from 'docxtemplater';
import { ApiError } from '../../kernel/errors';
import { format, vi } from '../../messages/vi';
import type { SnapshotValue } from '../generate-schema';
import { openDocx, templateOptions } from './check';

export type TemplateData = {
  fields: Record<string, SnapshotValue>;
  tables: Record<string, ReadonlyArray<Record<string, SnapshotValue>>>;
};

/** Plain values in objects without a prototype: a tag can only ever reach the data itself. */
function plain(values: Record<string, SnapshotValue>): Record<string, string | number> {
  const out = Object.create(null) as Record<string, string | number>;
  for (const [key, value] of Object.entries(values)) out[key] = value ?? '';
  return out;
}

/**
 * Fills a template with a document's data: fields as tags, tables as loops. Nothing in the
 * template is evaluated (docxtemplater's default parser only looks names up); a template that
 * still fails is refused with its reason, never half-filled.
 */
export function renderTemplate(bytes: Buffer, data: TemplateData): Buffer {
  let zip;
  try {
    zip = openDocx(bytes);
  } catch {
    throw ApiError.of('TEMPLATE_RENDER_FAILED', { reason: vi.templates.brokenFile });
  }
  const scope = plain(data.fields) as Record<string, unknown>;
  for (const [name, rows] of Object.entries(data.tables)) scope[name] = rows.map(plain);
  try {
    const doc = new Docxtemplater(zip, templateOptions());
    doc.render(scope);
    return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  } catch (error) {
    const e = error as { properties?: { xtag?: string; errors?: { properties?: { xtag?: string } }[] } };
    const tag = e.properties?.xtag ?? e.properties?.errors?.[0]?.properties?.xtag;
    const reason = tag ? format(vi.templates.renderReason, { tag }) : String((error as Error).message ?? error);
    throw ApiError.of('TEMPLATE_RENDER_FAILED', { reason });
  }
}
