/**
 * What the tests of the militia, reservist and strength-summary documents share beyond
 * pdf-checks.ts: the documents generated and rendered on the forces fixture (renderDocuments), and
 * that office's Decree 30 header (Bắc Kạn city) with a document's number.
 */
import { fixtureOfficeDocuments } from './document-scene';
import { buildForcesFixture } from './forces-fixture';

export const { render: renderForcesDocuments, expectHeader } = fixtureOfficeDocuments(buildForcesFixture, {
  parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
  officeName: 'THÀNH PHỐ BẮC KẠN',
  placeAndDate: 'Bắc Kạn, ngày 27 tháng 11 năm 2026',
});
