/**
 * The per-citizen papers and the notice, produced through `documents.generate` and rendered by
 * LibreOffice, read as a clerk reads them: the Decree 30 header with each page's own number and the
 * date line, the title, the legal bases, "Nơi nhận" and the signer; one page per citizen. The lists
 * that gained "Nơi nhận" are checked here too. Needs soffice and poppler (see test/docs/render.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectInOrder, expectOfficeHeader } from '../../../../test/docs/pdf-checks';
import { pdfPageCount, pdfText, renderToPdf } from '../../../../test/docs/render';
import { call, createTestCore, makeTempDir, removeTempDir, type TestCore } from '../../db/test-helpers';
import { EXAM_AT_STATION, paperOffice } from './test-paper-office';

const HEADER = {
  parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
  officeName: 'THÀNH PHỐ BẮC KẠN',
  placeAndDate: 'Bắc Kạn, ngày 22 tháng 12 năm 2026',
};
const SIGNER = ['CHỈ HUY TRƯỞNG', 'Thượng tá Hoàng Văn Minh'];

const KINDS = {
  summons: { kind: 'conscription.examSummons', exam: EXAM_AT_STATION },
  certificate: { kind: 'conscription.registrationCertificates' },
  deferral: { kind: 'conscription.deferralDecisions' },
  exemption: { kind: 'conscription.exemptionDecisions' },
  notice: { kind: 'conscription.listNotice', decisionDate: '2026-12-21' },
  deferredList: { kind: 'conscription.deferredList' },
} as const;
type Name = keyof typeof KINDS;

let core: TestCore;
let dir = '';
const pdfs = {} as Record<Name, string>;

beforeAll(async () => {
  core = createTestCore();
  dir = makeTempDir('qsdp-papers-render-');
  const { campaignId } = await paperOffice(core);
  const files: Buffer[] = [];
  for (const input of Object.values(KINDS)) {
    const file = await call<{ base64: string }>(core, 'documents.generate', {
      campaignId,
      date: '2026-12-22',
      ...input,
    });
    files.push(Buffer.from(file.base64, 'base64'));
  }
  const rendered = await renderToPdf(files, dir);
  for (const [i, name] of (Object.keys(KINDS) as Name[]).entries()) pdfs[name] = rendered[i]!;
}, 120_000);

afterAll(() => {
  core?.dispose();
  if (dir) removeTempDir(dir);
});

/** A page's text as laid out (a label beside its value on one line), runs of white space made one space; all pages without `page`. */
async function pageText(name: Name, page?: number): Promise<string> {
  const range = page === undefined ? {} : { firstPage: page, lastPage: page };
  return (await pdfText(pdfs[name], { ...range, layout: true })).replace(/\s+/g, ' ');
}

/** The closing every paper ends with: "Nơi nhận", its lines ending with "Lưu: VT.", and the signer. */
function expectClosing(text: string, recipients: readonly string[]): void {
  expectInOrder(text, ['Nơi nhận:', ...recipients, '- Lưu: VT.']);
  expectInOrder(text, SIGNER);
}

describe('health-exam summons (lệnh gọi khám sức khỏe)', () => {
  it('prints one page per citizen, each with its own LGK number, the exam and what to bring', async () => {
    expect(await pdfPageCount(pdfs.summons)).toBe(2);
    await expectOfficeHeader(pdfs.summons, HEADER, 'Số: 01/LGK-BCH');
    const [first, second] = [await pageText('summons', 1), await pageText('summons', 2)];
    expectInOrder(first, [
      'LỆNH GỌI KHÁM SỨC KHỎE NGHĨA VỤ QUÂN SỰ',
      'Căn cứ Điều 40 Luật Nghĩa vụ quân sự',
      'CHỈ HUY TRƯỞNG BAN CHQS THÀNH PHỐ BẮC KẠN',
      'Gọi công dân: Hoàng Văn Sơn',
      'Có mặt lúc: 07 giờ 30, ngày 05 tháng 12 năm 2026',
      'Tại: Trạm Y tế phường Đức Xuân',
      'Khi đi mang theo:',
    ]);
    expectClosing(first, ['- Công dân có tên trên;']);
    expectInOrder(second, ['Số: 02/LGK-BCH', 'Gọi công dân: Nông Văn Tiến']);
  });
});

describe('registration certificate (giấy chứng nhận đăng ký NVQS)', () => {
  it('certifies the first registration with its date and registration number, signed by the chosen signer', async () => {
    await expectOfficeHeader(pdfs.certificate, HEADER, 'Số: 01/GCN-BCH');
    const text = await pageText('certificate', 1);
    expectInOrder(text, [
      'GIẤY CHỨNG NHẬN ĐĂNG KÝ NGHĨA VỤ QUÂN SỰ',
      'Căn cứ Điều 16 Luật Nghĩa vụ quân sự',
      'Họ và tên: Triệu Văn Quang',
      'Sinh ngày: 02/02/2009',
      'Số đăng ký: 88/2026',
      'Đã đăng ký nghĩa vụ quân sự lần đầu ngày 10/04/2026.',
    ]);
    expectClosing(text, ['- Công dân có tên trên;']);
  });
});

describe('deferral and exemption decisions (quyết định tạm hoãn / miễn gọi nhập ngũ)', () => {
  it('names the point of Art. 41(1) in the bases and in Article 1, one QĐ number per citizen', async () => {
    expect(await pdfPageCount(pdfs.deferral)).toBe(2);
    await expectOfficeHeader(pdfs.deferral, HEADER, 'Số: 01/QĐ-BCH');
    const health = await pageText('deferral', 1);
    expectInOrder(health, [
      'QUYẾT ĐỊNH',
      'Về việc tạm hoãn gọi nhập ngũ năm 2027',
      'Căn cứ Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015',
      'Căn cứ điểm a khoản 1 Điều 41 Luật Nghĩa vụ quân sự;',
      'QUYẾT ĐỊNH:',
      'Họ và tên: Ma Văn Khải',
      'điểm a khoản 1 Điều 41',
      'Sức khỏe loại 4',
      'Xét lại năm: 2028',
    ]);
    expectClosing(health, ['- Như Điều 3;', '- Hội đồng nghĩa vụ quân sự;']);
    const study = await pageText('deferral', 2);
    expectInOrder(study, [
      'Số: 02/QĐ-BCH',
      'Căn cứ điểm g khoản 1 Điều 41',
      'Họ và tên: Đinh Văn Lực',
      'Sinh viên năm thứ hai, Đại học Thái Nguyên',
    ]);
  });

  it('names the point of Art. 41(2) for an exemption and takes the next QĐ number', async () => {
    await expectOfficeHeader(pdfs.exemption, HEADER, 'Số: 03/QĐ-BCH');
    const text = await pageText('exemption', 1);
    expectInOrder(text, [
      'Về việc miễn gọi nhập ngũ năm 2027',
      'Căn cứ điểm a khoản 2 Điều 41 Luật Nghĩa vụ quân sự;',
      'Điều 1. Miễn gọi nhập ngũ đối với công dân:',
      'Họ và tên: Lục Văn Minh',
      'Con của liệt sĩ, con của thương binh hạng một',
    ]);
    expectClosing(text, ['- Như Điều 3;']);
  });
});

describe('notice of the deferral and exemption lists (thông báo niêm yết)', () => {
  it('prints the counts by point and the 20-day posting period from the provincial decision', async () => {
    await expectOfficeHeader(pdfs.notice, HEADER, 'Số: 01/TB-BCH');
    // A notice is posted as one sheet: its closing stays on the page.
    expect(await pdfPageCount(pdfs.notice)).toBe(1);
    const text = await pageText('notice');
    expectInOrder(text, [
      'THÔNG BÁO',
      'Thông tư số 68/2025/TT-BQP',
      'Căn cứ quyết định ngày 21 tháng 12 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh',
      'tạm hoãn gọi nhập ngũ (khoản 1 Điều 41 Luật Nghĩa vụ quân sự): 2 công dân (điểm a: 1; điểm g: 1).',
      'miễn gọi nhập ngũ (khoản 2 Điều 41 Luật Nghĩa vụ quân sự): 1 công dân (điểm a: 1).',
      '3. Thời gian niêm yết: 20 ngày, từ ngày 22/12/2026 đến hết ngày 10/01/2027.',
    ]);
    expectClosing(text, ['- Các thôn, tổ dân phố (để niêm yết);']);
  });
});

describe('lists with "Nơi nhận"', () => {
  it('closes the deferred list with its recipients beside the signature', async () => {
    await expectOfficeHeader(pdfs.deferredList, HEADER, 'Số: 01/DS-BCH');
    const pages = await pdfPageCount(pdfs.deferredList);
    expectClosing(await pageText('deferredList', pages), [
      '- Bộ CHQS tỉnh (để báo cáo);',
      '- Ủy ban nhân dân xã, phường (để niêm yết);',
    ]);
  });
});
