/**
 * What the tests of the militia, reservist and strength-summary documents share beyond
 * pdf-checks.ts: the documents generated and rendered on the forces fixture, and that office's
 * Decree 30 header.
 */
import { renderDocuments } from './document-scene';
import { buildForcesFixture, type ForcesFixture } from './forces-fixture';
import { expectOfficeHeader } from './pdf-checks';

/** The forces fixture's documents, rendered before the file's tests (see renderDocuments). */
export function renderForcesDocuments(requests: (fixture: ForcesFixture) => Record<string, Record<string, unknown>>) {
  return renderDocuments(buildForcesFixture, requests);
}

/** The forces fixture office's header (Bắc Kạn city), with the document's number. */
export function expectHeader(pdf: string, number: string): Promise<void> {
  return expectOfficeHeader(
    pdf,
    {
      parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
      officeName: 'THÀNH PHỐ BẮC KẠN',
      placeAndDate: 'Bắc Kạn, ngày 27 tháng 11 năm 2026',
    },
    number,
  );
}
