import { AlignmentType, Paragraph, TextRun, type Table } from 'docx';
import { officeKindLabels } from '../../../../vocabulary/office';
import { DOCX_MIME } from '../../docs/mime';
import {
  bodyParagraph,
  buildOfficialDocument,
  packDocx,
  type IssuingOffice,
  type SignatureInput,
} from '../../docs/official-format';
import { borderlessTable } from '../../docs/official-blocks';
import { fontSize, mm, ptToTwips, TEXT_WIDTH } from '../../docs/official-page';
import type { ApiContext } from '../../kernel/context';
import { vi } from '../../messages/vi';
import { findProfile } from '../../office';
import { formatDisplayDate, localIsoDate, officeDayOf } from '../../shared/dates';
import { groupedKey, keyFingerprint } from '../format/keys';
import { sheetFileName } from './enrolment';
import type { ExchangeFile, ExchangeOfficeKind } from './schema';
import { mustHaveIdentity } from './service';

const t = vi.exchange.identity.sheet;
const MONO = 'Courier New';

/** A line of the key or the fingerprint: large, monospace, centred, so it is read and typed group by group. */
function monoLine(text: string, sizePt: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: ptToTwips(3), after: ptToTwips(3) },
    children: [new TextRun({ text, font: MONO, size: fontSize(sizePt), bold: true })],
  });
}

function labelLine(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: ptToTwips(9), after: ptToTwips(3) },
    keepNext: true,
    children: [new TextRun({ text, bold: true })],
  });
}

/** Name, code, kind and date, label beside value. */
function identityTable(rows: readonly [string, string][]): Table {
  const left = mm(50);
  return borderlessTable(
    [left, TEXT_WIDTH - left],
    rows.map(([label, value]) => [
      [new Paragraph({ spacing: { after: ptToTwips(4) }, children: [new TextRun({ text: `${label}:` })] })],
      [new Paragraph({ spacing: { after: ptToTwips(4) }, children: [new TextRun({ text: value, bold: true })] })],
    ]),
  );
}

/**
 * "PHIẾU ĐĂNG KÝ KHÓA TRAO ĐỔI DỮ LIỆU" (issue 20 §1): the office's public key in 16 groups of
 * four and its fingerprint, signed and sealed by the commander, for the receiving office to type in
 * and compare. The official header and signature block as every document (Decree 30); the number
 * is left blank for the clerk, as the sheet is not produced through the register.
 */
export async function enrolmentSheet(ctx: ApiContext): Promise<ExchangeFile> {
  const row = mustHaveIdentity(ctx);
  const today = localIsoDate(ctx.now());
  const profile = findProfile(ctx.db, today);
  const office: IssuingOffice = profile ?? { name: row.office_name, parentBody: '', placeName: '', symbol: '' };
  const signer = profile?.signers.find((s) => s.role === 'commander') ?? profile?.signers[0];
  const signature: SignatureInput = signer
    ? { title: signer.title, rank: signer.rank || undefined, name: signer.name }
    : { title: t.signerTitle, name: '' };
  const key = groupedKey(row.public_key).split(' ');
  const keyLines = [0, 4, 8, 12].map((start) => key.slice(start, start + 4).join('  '));
  const document = buildOfficialDocument({
    office,
    number: null,
    typeCode: 'PB',
    date: today,
    title: t.title,
    body: [
      bodyParagraph(t.intro),
      identityTable([
        [t.officeName, row.office_name],
        [t.officeCode, row.office_code],
        [t.officeKind, officeKindLabels[row.office_kind as ExchangeOfficeKind]],
        [t.createdAt, formatDisplayDate(officeDayOf(row.created_at) ?? today)],
      ]),
      labelLine(t.publicKey),
      ...keyLines.map((line) => monoLine(line, 18)),
      labelLine(t.fingerprint),
      monoLine(keyFingerprint(row.public_key), 16),
      bodyParagraph(t.check),
    ],
    recipients: t.recipients,
    signature,
  });
  return {
    fileName: sheetFileName(row.office_code),
    mimeType: DOCX_MIME,
    base64: (await packDocx(document)).toString('base64'),
  };
}
