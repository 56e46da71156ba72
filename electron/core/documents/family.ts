import type { Document } from 'docx';
import type { ApiContext } from '../kernel/context';
import type { IssuingSigner } from '../office/issuing-authority';
import type { OfficeProfile } from '../office/schema';
import type { IsoDate } from '../shared/dates';
import type { DocumentKind, DocumentSnapshot, GenerateInput } from './generate-schema';
import type { KindVocabulary } from './templates/vocabulary/types';

/** What every document is asked for: the request, and who issues and signs it on which day. */
export interface DocumentRequest {
  input: GenerateInput;
  /** The profile in force on `date`, or the body the law gives the kind to on that date. */
  office: OfficeProfile;
  /** Who signs; `authority` ("TM. ỦY BAN NHÂN DÂN") when they sign for a collective body. */
  signer: IssuingSigner;
  /** The document's date: the day its figures are taken on. */
  date: IsoDate;
}

/**
 * One document read from the records and ready to print: its figures are fixed (read in one
 * transaction), what is left is to lay them out, once the number is known.
 */
export interface PreparedDocument {
  /** People (rows, orders, participants) it holds; for a result report, those handed over. */
  count: number;
  /** Nothing to print: refused before any number is given. */
  empty: boolean;
  /** The file's name without its extension ("Danh sách công dân nhập ngũ 2026"); the summary comes from it. */
  title: string;
  /** The data a template is filled from and the register keeps; absent for kinds without a vocabulary. */
  snapshot?: DocumentSnapshot;
  /**
   * How many consecutive numbers of the series the .docx uses (default 1): a batch of individual
   * papers (one decision per citizen) prints `number`, `number + 1`, … on its pages, and the series
   * moves past the last of them. The register keeps the batch as one entry under its first number.
   */
  numbers?: number;
  /** The Word document with its (first) number (null: a draft, or a kind numbered otherwise). */
  docx(number: number | null): Document;
  /** The same table as an Excel working copy, for the kinds that offer one. */
  xlsx?(): Promise<Buffer>;
}

/**
 * A feature's documents: its kinds, the number series each kind's .docx takes and its template
 * vocabulary, and how to read one from the records. The pipeline (produce.ts) does the rest once
 * for every family: the empty check, the number, packing, the office template, the register.
 */
export interface DocumentFamily<K extends DocumentKind = DocumentKind> {
  readonly kinds: readonly K[];
  /** The Decree 30 type code of a kind's number ("DS", "BC", "KH"…); null for a kind that takes no number. */
  typeCode(kind: K): string | null;
  /** The tags an office template of each kind may use (the common fields apart); kinds absent take no template. */
  readonly vocabulary: Partial<Record<K, KindVocabulary>>;
  /**
   * The date of a document requested without one, when the kind has a better one than today (a
   * review report: its meeting's day or its period's end); null or absent: today.
   */
  defaultDate?(ctx: ApiContext, kind: K, input: GenerateInput): IsoDate | null;
  /** Reads what the document prints, inside one read transaction. Throws field errors for missing input. */
  prepare(ctx: ApiContext, kind: K, request: DocumentRequest): PreparedDocument;
}
