import Docxtemplater, { type DXT } from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { ApiError } from '../../kernel/errors';
import { format, vi } from '../../messages/vi';
import type { KindVocabulary } from './vocabulary/types';

export const MAX_TEMPLATE_MB = 5;

/** One tag a template uses, as the office wrote it ("{ho_ten}", "{#danh_sach}"), and whether it may. */
export interface UsedTag {
  tag: string;
  /** The bare name ("ho_ten", "danh_sach"). */
  name: string;
  /** The table loop it stands in, if any. */
  table: string | null;
  known: boolean;
}

/** What docxtemplater's parser hands back per tag (js/inspect-module.js `getAllStructuredTags`). */
interface Part {
  type: string;
  value: string;
  module?: string;
  inverted?: boolean;
  subparsed?: Part[];
}

interface TemplateErrorDetail {
  id?: string;
  xtag?: string;
  file?: string;
}

/**
 * The options every template is opened with: docxtemplater's default logic-less parser (a tag is
 * a plain property name, looked up only among the data's own properties, never evaluated), loops
 * of paragraphs and table rows, and no console logging of the office's file.
 */
export function templateOptions(modules: DXT.Module[] = []): DXT.ConstructorOptions {
  return {
    paragraphLoop: true,
    linebreaks: true,
    errorLogging: false,
    nullGetter: () => '',
    modules,
  };
}

/** Opens the bytes as a Word file; anything that is not one is refused in words a clerk follows. */
export function openDocx(bytes: Buffer): PizZip {
  if (bytes.length > MAX_TEMPLATE_MB * 1024 * 1024) throw ApiError.of('TEMPLATE_TOO_LARGE', { max: MAX_TEMPLATE_MB });
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw ApiError.of('TEMPLATE_NOT_DOCX');
  }
  if (!zip.file('word/document.xml')) throw ApiError.of('TEMPLATE_NOT_DOCX');
  return zip;
}

function partName(file: string | undefined): string {
  const parts = vi.templates.parts;
  if (!file) return '';
  const part = /header/.test(file)
    ? parts.header
    : /footer/.test(file)
      ? parts.footer
      : /footnote|endnote/.test(file)
        ? parts.footnotes
        : parts.body;
  return format(vi.templates.where, { part });
}

/** docxtemplater's compile errors (one, or a multi error with `properties.errors`) in Vietnamese. */
export function syntaxError(error: unknown): ApiError {
  const e = error as { properties?: TemplateErrorDetail & { errors?: { properties?: TemplateErrorDetail }[] } };
  const details = (e.properties?.errors?.map((x) => x.properties ?? {}) ?? [e.properties ?? {}]).slice(0, 5);
  if (!e.properties || details.every((d) => !d.id)) return ApiError.of('TEMPLATE_NOT_DOCX');
  const syntax = vi.templates.syntax;
  const text = details
    .map((d) => format(syntax[d.id ?? ''] ?? syntax.other!, { tag: d.xtag ?? '' }) + partName(d.file))
    .join('; ');
  return ApiError.of('TEMPLATE_SYNTAX', { details: text });
}

const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

function classify(parts: readonly Part[], vocabulary: KindVocabulary, table: string | null, out: UsedTag[]) {
  const t = vi.templates;
  for (const part of parts) {
    if (part.type !== 'placeholder') continue;
    const name = part.value;
    if (part.module === 'loop') {
      // A loop runs over one of the kind's tables, at the top level only; sections on fields,
      // inverted sections and loops inside a table are not offered.
      const known = table === null && !part.inverted && has(vocabulary.tables, name);
      const tag = table === null ? format(t.loopTag, { name }) : format(t.nestedLoop, { name, table });
      out.push({ tag, name, table, known });
      classify(part.subparsed ?? [], vocabulary, known ? name : (table ?? name), out);
      continue;
    }
    if (part.module) {
      out.push({ tag: format(t.rawTag, { name }), name, table, known: false });
      continue;
    }
    const columns = table !== null && has(vocabulary.tables, table) ? vocabulary.tables[table]! : [];
    const known = columns.includes(name) || vocabulary.fields.includes(name);
    out.push({ tag: format(t.fieldTag, { name }), name, table, known });
  }
}

/**
 * Lists the tags a template uses, with those the kind does not offer marked: the template is
 * parsed (never rendered) with docxtemplater's InspectModule. Syntax errors are refused here.
 */
export function inspectTemplate(bytes: Buffer, vocabulary: KindVocabulary): UsedTag[] {
  const zip = openDocx(bytes);
  const inspect = new InspectModule();
  try {
    new Docxtemplater(zip, templateOptions([inspect]));
  } catch (error) {
    throw syntaxError(error);
  }
  const used: UsedTag[] = [];
  classify(inspect.getAllStructuredTags() as unknown as Part[], vocabulary, null, used);
  // Each tag once, in the order the template first uses it.
  const seen = new Set<string>();
  return used.filter((u) => {
    const key = `${u.table ?? ''}|${u.tag}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Refuses a template that uses any tag the kind does not offer, naming them. */
export function assertKnownTags(used: readonly UsedTag[]): void {
  const unknown = [...new Set(used.filter((u) => !u.known).map((u) => u.tag))];
  if (unknown.length > 0) throw ApiError.of('TEMPLATE_UNKNOWN_TAGS', { tags: unknown.join(', ') });
}
