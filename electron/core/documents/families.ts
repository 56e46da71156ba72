import { conscriptionDocuments } from '../conscription/documents/family';
import { forcesSummaryDocuments } from '../forces-summary/family';
import { equipmentDocuments } from '../equipment/documents/family';
import { militiaDocuments } from '../militia/documents/family';
import { reservesDocuments } from '../reserves/documents/family';
import { dutyDocuments } from '../duty/documents/family';
import { exerciseDocuments } from '../exercises/documents/family';
import { reviewDocuments } from '../reviews/document';
import { trainingDocuments } from '../training/documents/family';
import type { DocumentFamily } from './family';
import type { DocumentKind } from './generate-schema';

/** Every feature's documents: the one table the pipeline (produce.ts) and the templates read. */
export const documentFamilies: readonly DocumentFamily[] = [
  conscriptionDocuments,
  militiaDocuments,
  reservesDocuments,
  forcesSummaryDocuments,
  equipmentDocuments,
  exerciseDocuments,
  trainingDocuments,
  dutyDocuments,
  reviewDocuments,
] as readonly DocumentFamily[];

/** The family that builds a kind. */
export function familyOf(kind: DocumentKind, families: readonly DocumentFamily[] = documentFamilies): DocumentFamily {
  const family = families.find((f) => f.kinds.includes(kind));
  if (!family) throw new Error(`no document family builds ${kind}`);
  return family;
}

/** The number series a kind's .docx takes, known before it is built; null when it takes none. */
export function typeCodeOf(kind: DocumentKind): string | null {
  return familyOf(kind).typeCode(kind);
}
