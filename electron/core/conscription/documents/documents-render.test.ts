/**
 * Renders every conscription document with LibreOffice (one soffice call for all of them) and
 * checks what a clerk would check on paper: the Decree 30 header, the numbers and dates, every
 * name in the right order with its diacritics, the groups, page numbers, one page per order.
 * Needs soffice and poppler (see test/docs/render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calledUpOrder,
  calledUpRecords,
  campaign,
  commander,
  deferredRecords,
  deputy,
  exemptedRecords,
  fillerRecords,
  longestOrderRecord,
  office,
  orderRecords,
} from '../../../../test/docs/conscription-fixtures';
import { expectInOrder } from '../../../../test/docs/pdf-checks';
import { pdfPageCount, pdfPageGray, pdfText, pdfWords, renderToPdf } from '../../../../test/docs/render';
import { packDocx } from '../../docs/official-format';
import { buildAge17List } from './age17-list';
import { buildCallUpOrders } from './call-up-orders';
import { buildCalledUpList } from './called-up-list';
import { buildDeferredList, buildExemptedList } from './deferred-exempted-lists';
import { expectAllIn } from '../../db/test-helpers';

const TOP_MARGIN = (20 * 72) / 25.4; // points
const pdfs = { calledUp: '', deferred: '', exempted: '', orders: '', age17: '', longest: '', longestPolice: '' };
const POLICE_TITLE = 'LỆNH GỌI CÔNG DÂN THỰC HIỆN NGHĨA VỤ THAM GIA CÔNG AN NHÂN DÂN';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qsdp-conscription-docs-'));
  const built = performance.now();
  const documents = [
    buildCalledUpList({
      office,
      campaign,
      records: [...fillerRecords(30), ...calledUpRecords()],
      number: 3,
      date: '2026-02-05',
      signer: commander,
    }),
    buildDeferredList({
      office,
      campaign,
      records: deferredRecords(),
      number: 4,
      date: '2026-01-09',
      signer: deputy,
      authority: { kind: 'deputy', of: 'Chỉ huy trưởng' },
    }),
    buildExemptedList({
      office,
      campaign,
      records: exemptedRecords(),
      number: 5,
      date: '2026-01-09',
      signer: commander,
    }),
    buildCallUpOrders({ office, campaign, records: orderRecords(), signer: commander }),
    buildAge17List({
      office: { ...office, signers: [deputy, commander] },
      year: 2026,
      people: [...fillerRecords(40), ...calledUpRecords()],
    }),
    buildCallUpOrders({
      office: { ...office, name: 'Ban Chỉ huy Phòng thủ khu vực 1 - Đức Xuân' },
      campaign,
      records: [longestOrderRecord()],
      signer: deputy,
      authority: { kind: 'deputy', of: 'Chỉ huy trưởng' },
    }),
    buildCallUpOrders({
      office: { ...office, name: 'Ban Chỉ huy Phòng thủ khu vực 1 - Đức Xuân' },
      campaign,
      records: [{ ...longestOrderRecord(), branch: 'police' }],
      signer: deputy,
      authority: { kind: 'deputy', of: 'Chỉ huy trưởng' },
    }),
  ];
  const buffers = await Promise.all(documents.map((d) => packDocx(d)));
  const packed = performance.now();
  [
    pdfs.calledUp = '',
    pdfs.deferred = '',
    pdfs.exempted = '',
    pdfs.orders = '',
    pdfs.age17 = '',
    pdfs.longest = '',
    pdfs.longestPolice = '',
  ] = await renderToPdf(buffers, dir);
  console.info(
    `Built and packed ${documents.length} documents in ${Math.round(packed - built)} ms; LibreOffice converted them in ${Math.round(performance.now() - packed)} ms`,
  );
}, 120_000);

afterAll(async () => {
  if (process.env.QSDP_KEEP_RENDERS) console.info(`Rendered files kept in ${dir}`);
  else if (dir) await rm(dir, { recursive: true, force: true });
});

/** The whole text with runs of white space made one space, so a wrapped cell reads as one line. */
async function flatText(pdf: string, page?: number): Promise<string> {
  const text = await pdfText(pdf, page === undefined ? {} : { firstPage: page, lastPage: page });
  return text.replace(/\s+/g, ' ');
}

/** Layout text of page 1: the header's two columns side by side on the same lines. */
async function headerLines(pdf: string): Promise<string[]> {
  return (await pdfText(pdf, { firstPage: 1, lastPage: 1, layout: true })).split('\n');
}

async function expectPageNumbers(pdf: string): Promise<void> {
  const pages = await pdfPageCount(pdf);
  expect(pages).toBeGreaterThan(1);
  expect((await pdfWords(pdf, 1)).filter((w) => w.yMax < TOP_MARGIN)).toEqual([]);
  for (const page of [2, pages]) {
    const above = (await pdfWords(pdf, page)).filter((w) => w.yMax < TOP_MARGIN);
    expect(above.map((w) => w.text)).toEqual([String(page)]);
  }
}

describe('list of citizens called up (form 17A)', () => {
  it('prints the Decree 30 header, number and date on A4 landscape', async () => {
    const lines = await headerLines(pdfs.calledUp);
    expect(
      lines.some((l) => l.includes('BỘ CHQS TỈNH BẮC KẠN') && l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
    ).toBe(true);
    expect(lines.some((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
    expect(lines.some((l) => l.includes('Số: 03/DS-BCH') && l.includes('Bắc Kạn, ngày 05 tháng 02 năm 2026'))).toBe(
      true,
    );
    const page = await pdfPageGray(pdfs.calledUp, 1);
    expect(page.width).toBeGreaterThan(page.height);
    const text = await flatText(pdfs.calledUp, 1);
    // Police places on the list: "nhập ngũ" is the army's (Art. 3(3) Luật NVQS).
    expect(text).toContain('DANH SÁCH CÔNG DÂN NHẬP NGŨ VÀ THỰC HIỆN NGHĨA VỤ THAM GIA CÔNG AN NHÂN DÂN NĂM 2026');
    expect(text).toContain('Chỉ tiêu giao: 58 (Quân đội: 44; Công an nhân dân: 14).');
  });

  it('lists every citizen with diacritics by area, then given, middle and family name', async () => {
    const text = await flatText(pdfs.calledUp);
    expectInOrder(text, [
      'Phường Đức Xuân (6 công dân)',
      ...calledUpOrder.slice(0, 6),
      'Phường Sông Cầu (4 công dân)',
      ...calledUpOrder.slice(6, 10),
      'Xã Dương Quang (2 công dân)',
      ...calledUpOrder.slice(10),
      'Xã Xuất Hóa (30 công dân)',
      'CHỈ HUY TRƯỞNG',
      'Thượng tá Nông Văn Thành',
    ]);
  });

  it('numbers pages from page 2 and repeats the column headings', async () => {
    await expectPageNumbers(pdfs.calledUp);
    expect(await flatText(pdfs.calledUp, 2)).toContain('Họ và tên');
  });
});

describe('lists of deferred and exempted citizens', () => {
  it('prints the header with its number and date', async () => {
    const lines = await headerLines(pdfs.deferred);
    expect(
      lines.some((l) => l.includes('BỘ CHQS TỈNH BẮC KẠN') && l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
    ).toBe(true);
    expect(lines.some((l) => l.includes('Số: 04/DS-BCH') && l.includes('Bắc Kạn, ngày 09 tháng 01 năm 2026'))).toBe(
      true,
    );
    expect(await flatText(pdfs.exempted, 1)).toContain('Số: 05/DS-BCH');
  });

  it('groups the deferred by point of Art. 41(1) in the law order, with labels and counts', async () => {
    const text = await flatText(pdfs.deferred);
    expectInOrder(text, [
      'DANH SÁCH CÔNG DÂN ĐƯỢC TẠM HOÃN GỌI NHẬP NGŨ NĂM 2026',
      'Tổng số: 7 công dân.',
      'Điểm a – Chưa đủ sức khỏe phục vụ tại ngũ',
      '(2 công dân)',
      'Đinh Văn Đức',
      'Vũ Văn Ước',
      'Điểm d – Có anh, chị hoặc em ruột',
      '(1 công dân)',
      'Lâm Văn Sơn',
      'Điểm đ – Người thuộc diện di dân',
      'Hứa Văn Đông',
      'Điểm g – Đang học tại cơ sở giáo dục phổ thông',
      '(2 công dân)',
      'Bùi Đức Ân',
      'Phan Văn Ẩn',
      'Điểm h – Dân quân thường trực (1 công dân)',
      'Tạ Văn Hưng',
      'KT. CHỈ HUY TRƯỞNG',
      'PHÓ CHỈ HUY TRƯỞNG',
      'Trung tá Hoàng Văn Minh',
    ]);
  });

  it('groups the exempted by point of Art. 41(2)', async () => {
    const text = await flatText(pdfs.exempted);
    expectInOrder(text, [
      'DANH SÁCH CÔNG DÂN ĐƯỢC MIỄN GỌI NHẬP NGŨ NĂM 2026',
      'Điểm a – Con của liệt sĩ, con của thương binh hạng một (2 công dân)',
      'Mạc Văn Lời',
      'Âu Văn Lợi',
      'Điểm b – Một anh hoặc một em trai của liệt sĩ (1 công dân)',
      'Chu Văn Lực',
    ]);
  });
});

describe('call-up orders', () => {
  it('prints exactly one page per citizen chosen', async () => {
    expect(await pdfPageCount(pdfs.orders)).toBe(orderRecords().length);
  });

  it('gives each page its own citizen, number, dates and no page number', async () => {
    const records = orderRecords();
    for (const [i, r] of records.entries()) {
      const page = i + 1;
      const text = await flatText(pdfs.orders, page);
      const number = String(r.orderNumber).padStart(2, '0');
      expect(text, `page ${page}`).toContain(`Số: ${number}/LGNN-BCH`);
      expect(text, `page ${page}`).toContain(r.fullName);
      expectAllIn(text, [
        r.branch === 'police' ? POLICE_TITLE : 'LỆNH GỌI CÔNG DÂN NHẬP NGŨ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Bắc Kạn, ngày 05 tháng 02 năm 2026',
        '07 giờ 00, ngày 04 tháng 3 năm 2026',
      ]);
      expect(text).toContain(r.citizenId ?? '');
      // The signature is on the same page as the citizen: the order never runs over.
      expect(text, `page ${page}`).toContain('Thượng tá Nông Văn Thành');
      for (const other of records.filter((o) => o !== r)) expect(text).not.toContain(other.fullName);
      expect((await pdfWords(pdfs.orders, page)).filter((w) => w.yMax < TOP_MARGIN)).toEqual([]);
    }
    expect(await flatText(pdfs.orders, 7)).toContain('Số: 12/LGNN-BCH');
  });

  it("words a police citizen's order for the police service obligation, never 'nhập ngũ', and an army one as before", async () => {
    const records = orderRecords();
    const policePage = records.findIndex((r) => r.branch === 'police') + 1;
    const police = await flatText(pdfs.orders, policePage);
    expectInOrder(police, [
      POLICE_TITLE,
      'Căn cứ kết quả tuyển chọn và gọi công dân thực hiện nghĩa vụ tham gia Công an nhân dân năm 2026,',
      'Để thực hiện nghĩa vụ tham gia Công an nhân dân.',
      'Khi đi mang theo:',
      '- Lệnh gọi này;',
    ]);
    expect(police.toLocaleLowerCase('vi')).not.toContain('nhập ngũ');
    const army = await flatText(pdfs.orders, policePage - 1);
    expectInOrder(army, [
      'LỆNH GỌI CÔNG DÂN NHẬP NGŨ',
      'Căn cứ kết quả tuyển chọn và gọi công dân nhập ngũ năm 2026,',
      'Để nhập ngũ vào Quân đội nhân dân Việt Nam.',
      '- Lệnh gọi nhập ngũ này;',
    ]);
  });

  it('keeps a police order on one page with the longest entries, its longer title wrapped', async () => {
    expect(await pdfPageCount(pdfs.longestPolice)).toBe(1);
    const text = await flatText(pdfs.longestPolice);
    expect(text).toContain(POLICE_TITLE);
    expect(text).toContain('Trung tá Hoàng Văn Minh');
  });

  it('keeps an order on one page with the longest name, address and place the forms accept', async () => {
    expect(await pdfPageCount(pdfs.longest)).toBe(1);
    const text = await flatText(pdfs.longest);
    expect(text).toContain('Số: 1234/LGNN-BCH');
    expect(text).toContain(longestOrderRecord().fullName.split(' ').slice(-3).join(' '));
    expect(text).toContain('KT. CHỈ HUY TRƯỞNG');
    expect(text).toContain('Trung tá Hoàng Văn Minh');
  });
});

describe('age-17 list', () => {
  it('leaves number and date blank for the clerk and signs with the commander', async () => {
    const lines = await headerLines(pdfs.age17);
    expect(
      lines.some((l) => l.includes('BỘ CHQS TỈNH BẮC KẠN') && l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
    ).toBe(true);
    expect(lines.some((l) => /Số:\s+\/DS-BCH/.test(l) && /Bắc Kạn, ngày\s+tháng\s+năm 2026/.test(l))).toBe(true);
    const text = await flatText(pdfs.age17);
    expect(text).toContain('DANH SÁCH CÔNG DÂN NAM ĐỦ 17 TUỔI TRONG NĂM 2026');
    expect(text).toContain('(Sinh năm 2009, chuẩn bị đăng ký nghĩa vụ quân sự lần đầu)');
    expectInOrder(text, [...calledUpOrder, 'Xã Xuất Hóa (40 công dân)', 'CHỈ HUY TRƯỞNG', 'Thượng tá Nông Văn Thành']);
  });

  it('numbers pages from page 2', async () => {
    await expectPageNumbers(pdfs.age17);
  });
});
