/** The document register's types the renderer may import (re-exported by api/contract.ts). */
import type { DocumentKind, DocumentSnapshot, GenerateInput } from '../generate-schema';

/** Another entry, as a correction points at it. */
export interface RegisterLink {
  id: string;
  /** "05/BC-BCH"; null without a number. */
  reference: string | null;
  issuedOn: string;
}

/** One line of the register (sổ văn bản đi); never carries the file's bytes. */
export interface RegisterEntry {
  id: string;
  kind: DocumentKind;
  /** The kind's Vietnamese name. */
  kindLabel: string;
  format: 'docx' | 'xlsx';
  year: number;
  typeCode: string | null;
  /** Null for a document without a number (a draft, the call-up orders numbered per citizen). */
  number: number | null;
  /** "05/BC-BCH" with the office's current symbol; null without a number. */
  reference: string | null;
  issuedOn: string;
  /** Trích yếu. */
  summary: string;
  signerName: string;
  signerTitle: string;
  fileName: string;
  fileSize: number;
  templateId: string | null;
  /** The entry this one corrects (a new document with a new number), with its reference. */
  replaces: RegisterLink | null;
  createdBy: string;
  createdAt: string;
  version: number;
  /** Withdrawn (thu hồi): when, why and by whom; the entry and its number stay. Null while in force. */
  withdrawn: RegisterWithdrawal | null;
}

export interface RegisterWithdrawal {
  at: string;
  reason: string;
  by: string;
}

/** An entry with what it was built from: the generate input and the data snapshot. */
export interface RegisterEntryDetail extends RegisterEntry {
  /** The entry that corrects this one, if any (only here: the list would look it up per row). */
  replacedBy: RegisterLink | null;
  input: GenerateInput;
  snapshot: DocumentSnapshot;
}

export interface RegisterPage {
  rows: RegisterEntry[];
  total: number;
  page: number;
  pageSize: number;
  /** The years that have entries, newest first (for the year filter). */
  years: number[];
}

/** The stored file, exactly as it was produced. */
export interface RegisterFile {
  fileName: string;
  mimeType: string;
  base64: string;
}
