/**
 * Who issues a registration certificate depends on the office's kind and the certificate's date
 * (Decree 220/2025/NĐ-CP: the commune chairman signs it). The same certificate generated through
 * the API by the Bắc Kạn city command and, once the office is a ward command from 01/07/2025, by
 * that ward: the ward's certificate prints its People's Committee with no parent body and the
 * chairman signing on the committee's behalf; the city's prints the command and its commander.
 * Rendered with LibreOffice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectInOrder, expectOfficeHeader } from '../../../../test/docs/pdf-checks';
import { pdfText, renderToPdf } from '../../../../test/docs/render';
import { call, createTestCore, makeTempDir, removeTempDir, type TestCore } from '../../db/test-helpers';
import { addOfficePeriod } from '../../office/test-steps';
import { paperOffice } from './test-paper-office';

let core: TestCore;
let dir = '';
const pdfs = { city: '', ward: '' };

beforeAll(async () => {
  dir = makeTempDir('qsdp-certificate-issuer-');
  const generate = (c: TestCore, campaignId: string) =>
    call<{ base64: string }>(c, 'documents.generate', {
      kind: 'conscription.registrationCertificates',
      campaignId,
      date: '2026-12-22',
    });
  // The same office twice: once as it was (a city command, one period), once with its ward period.
  const cityCore = createTestCore();
  const city = await generate(cityCore, (await paperOffice(cityCore)).campaignId);
  cityCore.dispose();
  core = createTestCore();
  const { campaignId } = await paperOffice(core);
  await addOfficePeriod(core);
  const ward = await generate(core, campaignId);
  const [cityPdf, wardPdf] = await renderToPdf(
    [Buffer.from(city.base64, 'base64'), Buffer.from(ward.base64, 'base64')],
    dir,
  );
  Object.assign(pdfs, { city: cityPdf, ward: wardPdf });
}, 120_000);

afterAll(() => {
  core?.dispose();
  if (dir) removeTempDir(dir);
});

const layoutText = async (pdf: string) => (await pdfText(pdf, { layout: true })).replace(/\s+/g, ' ');

describe('the registration certificate’s issuer follows the office’s kind on its date', () => {
  it('a ward command’s certificate is the People’s Committee’s, signed by the chairman on its behalf', async () => {
    const lines = (await pdfText(pdfs.ward, { layout: true })).split('\n');
    const titleLine = lines.find((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))!;
    expect(titleLine).toContain('ỦY BAN NHÂN DÂN');
    expect(lines.join('\n')).not.toContain('BỘ CHQS');
    const text = await layoutText(pdfs.ward);
    expectInOrder(text, [
      'Số: 01/GCN-UBND',
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ NGHĨA VỤ QUÂN SỰ',
      'được sửa đổi, bổ sung năm 2019 và năm 2025',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nông Thị Hà',
    ]);
    expect(text).not.toContain('Lường Văn Khánh');
  });

  it('the city command’s certificate (an office of one period) is the command’s, signed by its commander', async () => {
    await expectOfficeHeader(
      pdfs.city,
      {
        parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
        officeName: 'THÀNH PHỐ BẮC KẠN',
        placeAndDate: 'Bắc Kạn, ngày 22 tháng 12 năm 2026',
      },
      'Số: 01/GCN-BCH',
    );
    const text = await layoutText(pdfs.city);
    expectInOrder(text, ['GIẤY CHỨNG NHẬN ĐĂNG KÝ NGHĨA VỤ QUÂN SỰ', 'CHỈ HUY TRƯỞNG', 'Hoàng Văn Minh']);
    expect(text).not.toContain('ỦY BAN NHÂN DÂN');
  });
});
