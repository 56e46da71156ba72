/** The office templates' types the renderer may import (re-exported by api/contract.ts). */

/** A tag the office may put in a template, with what it holds. */
export interface TemplateTagInfo {
  name: string;
  description: string;
}

/** The tags one document kind offers: `documents.template.vocabulary`. */
export interface TemplateVocabulary {
  kind: string;
  label: string;
  fields: TemplateTagInfo[];
  tables: Array<TemplateTagInfo & { columns: TemplateTagInfo[] }>;
}

/** One uploaded template (without its bytes). */
export interface TemplateInfo {
  id: string;
  kind: string;
  name: string;
  fileName: string;
  size: number;
  /** The tags it uses, as checked when it was accepted ("{ho_ten}", "{#danh_sach}"). */
  tags: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A document kind and its templates: `documents.template.list`. */
export interface KindTemplates {
  kind: string;
  label: string;
  /** Whether the kind can be filled into an office template at all. */
  supported: boolean;
  /** The template in use; null: the built-in document. */
  active: TemplateInfo | null;
  /** Every template uploaded for the kind, newest first. */
  templates: TemplateInfo[];
}

/** `documents.template.inspect`: the tags a file uses and those the kind does not offer (nothing saved). */
export interface TemplateInspection {
  tags: Array<{ tag: string; table: string | null; known: boolean }>;
  unknown: string[];
}

/** A file handed back as base64 (download, sample). */
export interface TemplateFile {
  fileName: string;
  mimeType: string;
  base64: string;
}
