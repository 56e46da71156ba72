import type { ApiContext } from '../../kernel/context';
import type { DocumentRequest } from '../family';
import type { BuiltDocument } from '../generate-schema';
import { renderTemplate } from './render';
import { activeTemplate } from './service';
import { commonValues } from './vocabulary/common';

/**
 * Refills a built .docx into the office's own template for its kind, when one is active: the
 * common fields (office, number, date, signer) and the kind's snapshot, tables as loops. Without
 * an active template, or for a kind without a snapshot, the built-in document stands.
 */
export async function applyOfficeTemplate(
  ctx: ApiContext,
  { input, office, signer, date }: DocumentRequest,
  built: BuiltDocument,
): Promise<{ built: BuiltDocument; templateId: string | null }> {
  if (input.format !== 'docx' || !built.snapshot) return { built, templateId: null };
  const template = activeTemplate(ctx, input.kind);
  if (!template) return { built, templateId: null };
  const common = commonValues({
    office,
    signer,
    date,
    number: built.number,
    typeCode: built.typeCode,
    title: built.fileName.replace(/\.docx$/i, ''),
  });
  const bytes = renderTemplate(template.bytes, {
    fields: { ...built.snapshot.fields, ...common },
    tables: built.snapshot.tables,
  });
  ctx.log.info('documents.template.applied', { kind: input.kind, templateId: template.id });
  return { built: { ...built, base64: bytes.toString('base64') }, templateId: template.id };
}
