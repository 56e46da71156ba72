/**
 * The campaign's result report through `documents.generate`: figures from the records, the
 * narrative from the campaign, a BC number from the year's counter. Both reports are rendered in
 * one LibreOffice call and read back with pdftotext. QSDP_KEEP_RENDERS=1 keeps the files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_LOCALITIES, seedReportCampaign } from '../../../test/docs/report-campaign';
import { pdfPageCount, pdfText, renderToPdf } from '../../../test/docs/render';
import type { Campaign } from '../conscription/campaigns/schema';
import { call, createTestCore, expectAllIn, refusal } from '../db/test-helpers';
import type { GeneratedFile } from './generate-schema';
import { BAC_KAN_CITY_OFFICE, setOffice } from '../office/test-steps';

const NARRATIVE = [
  'Cấp ủy, chính quyền các phường, xã đã lãnh đạo, chỉ đạo chặt chẽ công tác tuyển quân.',
  '',
  'Công tác tuyên truyền được đẩy mạnh;',
  'Lễ giao nhận quân diễn ra trang trọng, an toàn, tiết kiệm.',
].join('\n');

let core: ReturnType<typeof createTestCore>;
let outDir = '';
let campaign: Campaign;
const files: Record<string, GeneratedFile> = {};
const text: Record<string, string> = {};
let pdf = '';

beforeAll(async () => {
  core = createTestCore();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-report-'));
  await setOffice(core, {
    ...BAC_KAN_CITY_OFFICE,
    signers: [
      { role: 'deputy', title: 'Phó Chỉ huy trưởng', rank: 'Trung tá', name: 'Lương Văn Tùng' },
      ...BAC_KAN_CITY_OFFICE.signers,
    ],
  });
  campaign = await seedReportCampaign(core);
  const generate = (input: Record<string, unknown> = {}) =>
    call<GeneratedFile>(core, 'documents.generate', {
      kind: 'conscription.resultReport',
      campaignId: campaign.id,
      date: '2027-02-05',
      ...input,
    });
  files.standard = await generate();
  campaign = await call<Campaign>(core, 'conscription.campaign.setNarrative', {
    id: campaign.id,
    version: campaign.version,
    reportNarrative: NARRATIVE,
  });
  files.written = await generate();
  files.xlsx = await generate({ format: 'xlsx' });
  const pdfs = await renderToPdf(
    [files.standard, files.written].map((f) => Buffer.from(f!.base64, 'base64')),
    outDir,
  );
  [text.standard = '', text.written = ''] = await Promise.all(pdfs.map((p) => pdfText(p)));
  text.layout = await pdfText(pdfs[1]!, { layout: true });
  pdf = pdfs[1]!;
}, 120_000);

afterAll(() => {
  core.dispose();
  if (!process.env.QSDP_KEEP_RENDERS) fs.rmSync(outDir, { recursive: true, force: true });
  else console.log(`Renders kept in ${outDir}`);
});

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the campaign’s result report', () => {
  it('is a Decree 30 report numbered from the year’s BC counter, signed by the commander', () => {
    expect(files.standard).toMatchObject({ fileName: 'Báo cáo kết quả tuyển quân 2027.docx', number: 1, count: 5 });
    expect(files.written!.number).toBe(2);
    const t = flat(text.standard!);
    expectAllIn(t, [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 01/BC-BCH',
      'Bắc Kạn, ngày 05 tháng 02 năm 2027',
      'BÁO CÁO',
      // The campaign had police to call: "nhập ngũ" is the army's (Art. 3(3) Luật NVQS).
      'Kết quả công tác tuyển chọn, gọi công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân năm 2027',
      'I. KẾT QUẢ TUYỂN CHỌN, GỌI CÔNG DÂN NHẬP NGŨ VÀ THỰC HIỆN NGHĨA VỤ THAM GIA CÔNG AN NHÂN DÂN',
      'Ban CHQS thành phố Bắc Kạn báo cáo kết quả',
      'CHỈ HUY TRƯỞNG',
      'Thượng tá Hoàng Văn Minh',
    ]);
    expect(t).not.toContain('Lương Văn Tùng');
    expect(t).toContain('- Bộ CHQS tỉnh;');
    expect(t).toContain('- Lưu: VT.');
    expect(flat(text.written!)).toContain('Số: 02/BC-BCH');
  });

  it('prints a standard sentence from the figures when the office wrote no narrative', () => {
    expect(flat(text.standard!)).toContain(
      'Lễ giao nhận quân được tổ chức ngày 24 tháng 02 năm 2027; đã giao 5/8 công dân theo chỉ tiêu, đạt 62,5%.',
    );
  });

  it('prints the office’s narrative as its own paragraphs, and no standard sentence', () => {
    const t = flat(text.written!);
    expect(t).toContain(NARRATIVE.split('\n')[0]);
    // Each line is its own paragraph (Enter once, as in Word, or a blank line between them).
    expect(t).toContain('Công tác tuyên truyền được đẩy mạnh; Lễ giao nhận quân diễn ra trang trọng');
    expect(t).not.toContain('Lễ giao nhận quân được tổ chức');
    // The narrative comes after the opening and before the results.
    expect(t.indexOf('như sau:')).toBeLessThan(t.indexOf('Cấp ủy, chính quyền'));
    expect(t.indexOf('Cấp ủy, chính quyền')).toBeLessThan(t.indexOf('I. KẾT QUẢ'));
  });

  it('prints each locality’s quota and handover, army and police, with the total', () => {
    const row = (...cells: Array<string | number>) =>
      new RegExp(cells.map((c) => String(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    expect(text.layout).toMatch(row(1, REPORT_LOCALITIES.ducXuan, 3, 1, 4, 2, 1, 3, 75));
    expect(text.layout).toMatch(row(2, REPORT_LOCALITIES.songCau, 1, 0, 1, 0, 0, 0, 0));
    expect(text.layout).toMatch(row(3, REPORT_LOCALITIES.duongQuang, 2, 1, 3, 2, 0, 2, '66,7'));
    expect(text.layout).toMatch(row('Tổng cộng', 6, 2, 8, 4, 1, 5, '62,5'));
    const t = flat(text.written!);
    expect(t).toContain('Chỉ tiêu giao: 8 công dân (Quân đội: 6; Công an nhân dân: 2).');
    expect(t).toContain('Đã giao: 5 công dân (Quân đội: 4; Công an nhân dân: 1), đạt 62,5% chỉ tiêu.');
  });

  it('prints the health classes, the education with the graduates, and the deferrals and exemptions by point', () => {
    const row = (...cells: string[]) => new RegExp(cells.join('\\s+'));
    expect(text.layout).toMatch(row('Loại 1', '2', '28,6', '2', '40'));
    expect(text.layout).toMatch(row('Loại 4', '1', '14,3', '0', '0'));
    expect(text.layout).toMatch(row('Đại học', '1', '20'));
    expect(text.layout).toMatch(row('12/12', '2', '40'));
    const t = flat(text.written!);
    expectAllIn(t, [
      'Công dân đã giao quân có sức khỏe loại 1: 2, loại 2: 2, loại 3: 1.',
      'có 2 công dân tốt nghiệp cao đẳng, đại học (đại học: 1; cao đẳng: 1)',
      'Số công dân được tạm hoãn gọi nhập ngũ: 2; số công dân được miễn gọi nhập ngũ: 1.',
      'Tạm hoãn gọi nhập ngũ (khoản 1 Điều 41): 2 công dân',
      'Miễn gọi nhập ngũ (khoản 2 Điều 41): 1 công dân',
      'Điểm a Chưa đủ sức khỏe phục vụ tại ngũ',
      'Điểm g Đang học tại cơ sở giáo dục phổ thông',
      'Điểm b Một anh hoặc một em trai của liệt sĩ 1 Tổng cộng 3',
    ]);
  });

  it('numbers pages from page 2 only', async () => {
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect((await pdfText(pdf, { firstPage: 1, lastPage: 1 })).trim().split('\n')[0]).not.toBe('1');
    expect((await pdfText(pdf, { firstPage: 2, lastPage: 2 })).trim().split('\n')[0]).toBe('2');
  });

  it('exports the per-locality table to Excel', async () => {
    expect(files.xlsx).toMatchObject({ fileName: 'Báo cáo kết quả tuyển quân 2027.xlsx', number: null });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(files.xlsx!.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = (sheet.getSheetValues() as unknown[][])
      .filter(Boolean)
      .map((r) => r.slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
    expect(rows).toContainEqual(['1', REPORT_LOCALITIES.ducXuan, '3', '1', '4', '2', '1', '3', '75']);
    expect(rows).toContainEqual(['', 'Tổng cộng', '6', '2', '8', '4', '1', '5', '62,5']);
  });

  it('reports a campaign with quotas and nobody yet, and refuses one with nothing at all', async () => {
    const empty = await call<Campaign>(core, 'conscription.campaign.create', {
      year: 2028,
      handoverStart: '2028-02-20',
      handoverEnd: '2028-02-20',
    });
    expect(
      await refusal(core, 'documents.generate', { kind: 'conscription.resultReport', campaignId: empty.id }),
    ).toMatchObject({ code: 'DOCUMENT_EMPTY' });
    const localityId = campaign.quotas[0]!.localityId;
    await call(core, 'conscription.campaign.setQuotas', {
      campaignId: empty.id,
      version: empty.version,
      quotas: [{ localityId, army: 2, police: 0 }],
    });
    const file = await call<GeneratedFile>(core, 'documents.generate', {
      kind: 'conscription.resultReport',
      campaignId: empty.id,
      mode: 'draft',
    });
    expect(file).toMatchObject({ fileName: 'Báo cáo kết quả tuyển quân 2028.docx', number: null, count: 0 });
    // No police quota and nobody to the police: the army's words alone.
    const armyDir = fs.mkdtempSync(path.join(outDir, 'army-only-'));
    const [armyOnly = ''] = await renderToPdf([Buffer.from(file.base64, 'base64')], armyDir);
    const armyText = flat(await pdfText(armyOnly));
    expect(armyText).toContain('Kết quả công tác tuyển chọn và gọi công dân nhập ngũ năm 2028');
    expect(armyText).not.toContain('Công an nhân dân năm');
  });
});
