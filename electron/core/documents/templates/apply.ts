import type { ApiContext } from '../../api/context';
import type { BuiltDocument, GenerateInput } from '../generate-schema';

/** Refills a built .docx into the office's own template for its kind, when one is active. */
export async function applyOfficeTemplate(
  _ctx: ApiContext,
  _input: GenerateInput,
  built: BuiltDocument,
): Promise<{ built: BuiltDocument; templateId: string | null }> {
  return { built, templateId: null };
}
