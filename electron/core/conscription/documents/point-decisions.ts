import { type Document } from 'docx';
import { signatureFromSigner, type SignatureInput } from '../../docs/official-closing';
import { type IssuingOffice } from '../../docs/official-header';
import type { Signer } from '../../office';
import type { IsoDate } from '../../shared/dates';
import { fill } from '../../../../vocabulary/text';
import {
  deferralPointLabel,
  exemptionPointLabel,
  HEALTH_DEFERRAL_POINT,
  isDeferralPoint,
  isExemptionPoint,
  pointLetter,
  type LegalPointKind,
} from '../points';
import type { ConscriptionRecordView } from '../records/view';
import {
  buildCitizenPages,
  centredBold,
  citizenFields,
  pageNumber,
  paperFields,
  paperParagraph,
  type CitizenPage,
  type PaperCitizen,
  type PaperField,
} from './citizen-page';
import { decisionText, paperCodes } from './paper-text';
import { documentText } from './text';
import { militaryServiceLawBasis } from './law-basis';

export type DecidedCitizen = PaperCitizen &
  Pick<ConscriptionRecordView, 'legalPoint' | 'reason' | 'deferralYear' | 'healthClass' | 'healthNotes'>;

export interface PointDecisionsInput {
  kind: LegalPointKind;
  office: IssuingOffice;
  year: number;
  citizens: readonly DecidedCitizen[];
  signer: Signer;
  authority?: SignatureInput['authority'];
  number: number | null;
  date: IsoDate;
}

/** The point's wording, or null for a record without a valid point (the rules forbid it; a paper says so). */
function pointWording(kind: LegalPointKind, point: string | null): string | null {
  if (point === null) return null;
  if (kind === 'deferral' && isDeferralPoint(point)) return deferralPointLabel(point);
  if (kind === 'exemption' && isExemptionPoint(point)) return exemptionPointLabel(point);
  return null;
}

/** What the record says beyond the point: the exam's class and notes for a health deferral, then the reason. */
function detailOf(kind: LegalPointKind, citizen: DecidedCitizen): string {
  const parts: string[] = [];
  if (kind === 'deferral' && citizen.legalPoint === HEALTH_DEFERRAL_POINT) {
    if (citizen.healthClass !== null) parts.push(fill(documentText.healthReason, { class: citizen.healthClass }));
    if (citizen.healthNotes.trim()) parts.push(citizen.healthNotes.trim());
  }
  if (citizen.reason.trim()) parts.push(citizen.reason.trim());
  return parts.join('; ');
}

function decisionPage(input: PointDecisionsInput, citizen: DecidedCitizen, index: number): CitizenPage {
  const deferral = input.kind === 'deferral';
  const wording = pointWording(input.kind, citizen.legalPoint);
  const letter = wording === null ? '' : pointLetter(citizen.legalPoint!);
  const ground =
    wording === null
      ? decisionText.noPoint
      : fill(deferral ? decisionText.groundDeferral : decisionText.groundExemption, { letter, label: wording });
  const rows: PaperField[] = [...citizenFields(citizen), [decisionText.ground, ground]];
  const detail = detailOf(input.kind, citizen);
  if (detail) rows.push([decisionText.detail, detail]);
  if (deferral && citizen.deferralYear !== null) rows.push([decisionText.reviewYear, String(citizen.deferralYear)]);
  const pointBasis =
    wording === null ? [] : [fill(deferral ? decisionText.deferralBasis : decisionText.exemptionBasis, { letter })];
  const issuerTitle = input.authority?.kind === 'deputy' ? input.authority.of : input.signer.title;
  return {
    office: input.office,
    typeCode: paperCodes.decision,
    number: pageNumber(input.number, index),
    date: input.date,
    blankYear: input.year,
    title: decisionText.title,
    summary: fill(deferral ? decisionText.deferralSummary : decisionText.exemptionSummary, { year: input.year }),
    issuerLine: fill(decisionText.issuer, { title: issuerTitle, office: input.office.name }),
    issuerFirst: true,
    bases: [militaryServiceLawBasis(input.date), ...pointBasis, decisionText.councilBasis],
    body: [
      centredBold(decisionText.decides),
      paperParagraph(
        fill(deferral ? decisionText.article1Deferral : decisionText.article1Exemption, { year: input.year }),
      ),
      paperFields(rows),
      paperParagraph(deferral ? decisionText.article2Deferral : decisionText.article2Exemption),
      paperParagraph(decisionText.article3),
    ],
    recipients: decisionText.recipients,
    signature: signatureFromSigner(input.signer, input.authority),
  };
}

/**
 * "QUYẾT ĐỊNH Về việc tạm hoãn (miễn) gọi nhập ngũ": one decision per citizen, each naming the
 * point of Art. 41 Luật NVQS the record holds, in its bases and in its Article 1; the batch takes
 * consecutive numbers of the QĐ series.
 */
export function buildPointDecisions(input: PointDecisionsInput): Document {
  return buildCitizenPages(
    input.office,
    decisionText.title,
    input.citizens.map((c, i) => decisionPage(input, c, i)),
  );
}
