import { AlignmentType, Paragraph, TextRun, type Table } from 'docx';
import { borderlessTable, centeredLine } from './official-blocks';
import { TEXT_WIDTH, fontSize, mm, ptToTwips } from './official-page';
import { officialText, signingAuthority, type SigningAuthority } from './official-text';

/** "Nơi nhận" on the left, the signature on the right, as in Decree 30's samples. */
export const CLOSING_COLUMNS = [mm(75), TEXT_WIDTH - mm(75)] as const;

/** Room for the handwritten signature and the seal between the title and the name. */
const SIGNATURE_SPACE = ptToTwips(76);
/** Space between the last body paragraph and the closing block. */
const CLOSING_GAP = ptToTwips(12);

export interface SignatureInput {
  /** "KT." + "CHỈ HUY TRƯỞNG" when a deputy signs for the head; "TM." + body when for a collective. */
  authority?: { kind: SigningAuthority; of: string };
  /** The signer's own title, e.g. "PHÓ CHỈ HUY TRƯỞNG" (printed upper case). */
  title: string;
  /** Armed-forces documents may put the rank before the name (Decree 30 allows it). */
  rank?: string;
  name: string;
}

/** A signer as the office profile keeps one (the engine names its own type: it knows no feature). */
export interface DocumentSigner {
  title: string;
  rank?: string | null;
  name: string;
  /** The signer's own "on behalf of" (a commune chairman for the People's Committee); a document's own wins. */
  authority?: SignatureInput['authority'];
}

export function signatureFromSigner(signer: DocumentSigner, authority?: SignatureInput['authority']): SignatureInput {
  return {
    authority: authority ?? signer.authority,
    title: signer.title,
    rank: signer.rank ?? undefined,
    name: signer.name,
  };
}

/**
 * Recipient lines in the decree's punctuation: "- Như trên;" for each, then "- Lưu: VT, …." last.
 * Trailing punctuation the user typed is dropped so it is never doubled.
 */
export function recipientLines(recipients: readonly string[], archive: readonly string[] = []): string[] {
  const clean = (item: string) =>
    item
      .trim()
      .replace(/^-\s*/, '')
      .replace(/[;.,]+$/, '');
  const keepers = [
    officialText.archiveClerical,
    ...archive.map(clean).filter((a) => a !== officialText.archiveClerical),
  ];
  return [
    ...recipients
      .map(clean)
      .filter((item) => item.length > 0)
      .map((item) => `- ${item};`),
    `- ${officialText.archiveLabel} ${keepers.join(', ')}.`,
  ];
}

/**
 * "Nơi nhận:" and its lines, as a closing's left column. `alignment`: the engine's portrait closing
 * sets each line left explicitly; the closings across other widths leave it to the style.
 */
export function recipientsColumn(lines: readonly string[], alignment?: (typeof AlignmentType)['LEFT']): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: CLOSING_GAP },
      children: [new TextRun({ text: officialText.recipientsLabel, size: fontSize(12), bold: true, italics: true })],
    }),
    ...lines.map((line) => new Paragraph({ alignment, children: [new TextRun({ text: line, size: fontSize(11) })] })),
  ];
}

/**
 * The signature's lines: the authority (TM./KT.) and title, the room for the handwritten signature
 * and the seal, then rank and name. `spaceBefore`: the first line level with "Nơi nhận:" by default.
 */
export function signatureLines(
  signature: SignatureInput,
  spacing: { spaceBefore?: number; signatureSpace?: number } = {},
): Paragraph[] {
  const spaceBefore = spacing.spaceBefore ?? CLOSING_GAP;
  const heading = [signature.title];
  if (signature.authority) {
    heading.unshift(`${signingAuthority[signature.authority.kind]} ${signature.authority.of}`);
  }
  const signer = [signature.rank?.trim(), signature.name.trim()].filter(Boolean).join(' ');
  return [
    ...heading.map((line, i) =>
      centeredLine(line, { sizePt: 14, bold: true, upperCase: true, spaceBefore: i === 0 ? spaceBefore : 0 }),
    ),
    centeredLine(signer, { sizePt: 14, bold: true, spaceBefore: spacing.signatureSpace ?? SIGNATURE_SPACE }),
  ];
}

/** The closing block; the row does not split, so the signature never lands alone on a new page. */
export function closingBlock(
  recipients: readonly string[],
  archive: readonly string[],
  signature: SignatureInput,
): Table {
  return borderlessTable(
    CLOSING_COLUMNS,
    [[recipientsColumn(recipientLines(recipients, archive), AlignmentType.LEFT), signatureLines(signature)]],
    true,
  );
}
