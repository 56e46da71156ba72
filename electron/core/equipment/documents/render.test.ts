/**
 * The stock list ("Danh sách vũ khí, trang bị") generated through the API on the forces fixture
 * office plus a small weapons book, rendered with LibreOffice: what a clerk checks on paper — one
 * portrait page, the Decree 30 header with its DS number, the as-of line and one row per kind held
 * (a gun written off before the date is gone, a receipt after it not yet there). Also the .xlsx
 * working copy, and the refusal of a list with nothing held.
 * Needs soffice and poppler (see test/docs/render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../app-core';
import { fixtureOfficeDocuments, generateRefusal } from '../../../../test/docs/document-scene';
import { buildForcesFixture } from '../../../../test/docs/forces-fixture';
import { expectTextInOrder, sheetOf, sheetRows } from '../../../../test/docs/pdf-checks';
import { pdfPageCount, pdfPageGray } from '../../../../test/docs/render';
import { call } from '../../db/test-helpers';
import { kindsByName, move } from '../test-steps';

/** Forces office + 3 AK (one written off on 01/11/2026), 1.000 rounds with 300 issued, radios received after the date. */
async function buildBook(core: Core) {
  const fixture = await buildForcesFixture(core);
  const refused = await generateRefusal(core, { kind: 'equipment.stockList' });
  const kinds = await kindsByName(core);
  const ak = kinds['Súng tiểu liên AK']!;
  const ammo = kinds['Đạn các loại']!;
  await move(core, 'receive', '2026-10-01', [
    { kindId: ak.id, serial: 'AK-001' },
    { kindId: ak.id, serial: 'AK-002' },
    { kindId: ak.id, serial: 'AK-003' },
    { kindId: ammo.id, quantity: 1000 },
  ]);
  await move(
    core,
    'issue',
    '2026-10-05',
    [
      { kindId: ak.id, serial: 'AK-001' },
      { kindId: ammo.id, quantity: 300 },
    ],
    {
      unitId: fixture.platoon,
    },
  );
  await move(core, 'write_off', '2026-11-01', [{ kindId: ak.id, serial: 'AK-003' }]);
  await move(core, 'receive', '2026-11-27', [{ kindId: kinds['Máy thông tin']!.id, serial: 'VTĐ-01' }]);
  const xlsx = await call<{ base64: string; fileName: string; mimeType: string }>(core, 'documents.generate', {
    kind: 'equipment.stockList',
    format: 'xlsx',
    date: '2026-11-20',
  });
  return { refused, xlsx };
}

let scene: Awaited<ReturnType<typeof buildBook>>;
const { render } = fixtureOfficeDocuments(async (core) => (scene = await buildBook(core)), {
  parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
  officeName: 'THÀNH PHỐ BẮC KẠN',
  placeAndDate: 'Bắc Kạn, ngày 20 tháng 11 năm 2026',
});
const { files, pdfs } = render(() => ({ list: { kind: 'equipment.stockList', date: '2026-11-20' } }));

describe('stock list (danh sách vũ khí, trang bị)', () => {
  it('prints the kinds held on the date on one portrait page, numbered in the lists’ series', async () => {
    expect(files.list).toMatchObject({ fileName: 'Danh sách vũ khí, trang bị 2026.docx', number: 1, count: 2 });
    expect(await pdfPageCount(pdfs.list!)).toBe(1);
    const page = await pdfPageGray(pdfs.list!, 1);
    expect(page.height).toBeGreaterThan(page.width);
    await expectTextInOrder(pdfs.list!, [
      'Số: 01/DS-BCH',
      'Bắc Kạn, ngày 20 tháng 11 năm 2026',
      'DANH SÁCH VŨ KHÍ, TRANG BỊ CỦA DÂN QUÂN TỰ VỆ',
      '(Tính đến ngày 20/11/2026)',
      '1 Súng tiểu liên AK khẩu 2 1 1 Theo số hiệu',
      '2 Đạn các loại viên 1.000 700 300',
      'Nơi nhận:',
    ]);
  });

  it('offers the same table as .xlsx, and refuses a list with nothing held', async () => {
    const rows = sheetRows(await sheetOf(scene.xlsx as never), 7).filter((r) => typeof r[0] === 'number');
    expect(rows).toEqual([
      [1, 'Súng tiểu liên AK', 'khẩu', 2, 1, 1, 'Theo số hiệu'],
      [2, 'Đạn các loại', 'viên', 1000, 700, 300, null],
    ]);
    expect(scene.refused.code).toBe('DOCUMENT_EMPTY');
  });
});
