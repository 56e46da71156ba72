import type { ApiContext } from '../../kernel/context';
import type { DocumentRequest } from '../family';
import type { BuiltDocument } from '../generate-schema';
import { markFilledDraft, placesDraftMark } from './draft-mark';
import { renderTemplate } from './render';
import { activeTemplate } from './service';
import { commonValues } from './vocabulary/common';

/**
 * Refills a built .docx into the office's own template for its kind, when one is active: the
 * common fields (office, number, date, signer) and the kind's snapshot, tables as loops. Without
 * an active template, or for a kind without a snapshot, the built-in document stands. A draft
 * goes the same way, with its number blank and "DỰ THẢO" on it ({du_thao}, or a first line of its
 * own when the template does not place that tag): it looks like what the office will issue.
 */
export async function applyOfficeTemplate(
  ctx: ApiContext,
  { input, office, signer, date }: DocumentRequest,
  built: BuiltDocument,
  draft = false,
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
    draft,
  });
  const filled = renderTemplate(template.bytes, {
    fields: { ...built.snapshot.fields, ...common },
    tables: built.snapshot.tables,
  });
  const bytes = draft ? markFilledDraft(filled, placesDraftMark(template.tags)) : filled;
  ctx.log.info('documents.template.applied', { kind: input.kind, templateId: template.id, draft });
  return { built: { ...built, base64: bytes.toString('base64') }, templateId: template.id };
}
