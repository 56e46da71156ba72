import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount, pdfText, renderToPdf } from '../../../test/docs/render';
import type { Campaign } from '../conscription/campaigns/schema';
import {
  createCampaign,
  enrolInCampaign,
  examine,
  REPORT_AT_STADIUM,
  TO_OFFICIAL_LIST,
  transitionMany,
  transitionThrough,
} from '../conscription/test-steps';
import { call, createTestCore, expectAllIn, refusal } from '../db/test-helpers';
import { createLocality } from '../localities/test-steps';
import { setOffice } from '../office/test-steps';
import { createPerson } from '../people/test-steps';
import type { GeneratedFile } from './generate-schema';

let core: ReturnType<typeof createTestCore>;
let campaign: Campaign;
let outDir = '';
const pdfs: Record<string, string> = {};
const files: Record<string, GeneratedFile> = {};

async function enrolAndOrder(fullName: string, birthDate: string, citizenId: string, localityId: string) {
  const person = await createPerson(core, fullName, { birthDate, sex: 'M', citizenId, localityId });
  let record = await enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2026-04-01' });
  record = await examine(core, record, '2026-12-10', 2);
  return transitionThrough(core, record, TO_OFFICIAL_LIST, '2026-12-20');
}

beforeAll(async () => {
  core = createTestCore();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-generate-'));
  await setOffice(core);
  const ward = await createLocality(core, 'Phường Đức Xuân');
  const commune = await createLocality(core, 'Xã Dương Quang', 'commune');
  campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-24' });
  const a = await enrolAndOrder('Trần Văn Ước', '2005-05-01', '006205000001', commune.id);
  const b = await enrolAndOrder('Nguyễn Đức Anh', '2006-06-01', '006206000002', ward.id);
  await enrolAndOrder('Lê Văn Ánh', '2004-04-01', '006204000003', ward.id);
  await transitionMany(core, [b, a], 'call_up_ordered', '2027-02-01', REPORT_AT_STADIUM);
  await createPerson(core, 'Hà Đông', { birthDate: '2010-03-03', sex: 'M' });

  const generate = (input: Record<string, unknown>) =>
    call<GeneratedFile>(core, 'documents.generate', { date: '2027-01-05', ...input });
  files.list = await generate({ kind: 'conscription.calledUpList', campaignId: campaign.id });
  files.list2 = await generate({ kind: 'conscription.calledUpList', campaignId: campaign.id });
  files.orders = await generate({ kind: 'conscription.callUpOrders', campaignId: campaign.id });
  files.age17 = await generate({ kind: 'conscription.age17List', year: 2027, mode: 'draft' });
  files.xlsx = await generate({ kind: 'conscription.calledUpList', campaignId: campaign.id, format: 'xlsx' });
  const [list, orders, age17] = await renderToPdf(
    [files.list, files.orders, files.age17].map((f) => Buffer.from(f!.base64, 'base64')),
    outDir,
  );
  Object.assign(pdfs, { list, orders, age17 });
}, 120_000);

afterAll(() => {
  core.dispose();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('documents.generate', () => {
  it('prints the called-up list from the records, by locality then Vietnamese name order, numbered from the year’s counter', async () => {
    expect(files.list).toMatchObject({ fileName: 'Danh sách công dân nhập ngũ 2027.docx', number: 1, count: 3 });
    expect(files.list2!.number).toBe(2);
    const text = (await pdfText(pdfs.list!)).replace(/\s+/g, ' ');
    expectAllIn(text, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 01/DS-BCH', 'Bắc Kạn, ngày 05 tháng 01 năm 2027']);
    const order = ['Nguyễn Đức Anh', 'Lê Văn Ánh', 'Trần Văn Ước'].map((name) => text.indexOf(name));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });

  it('prints one call-up order page per citizen with an order, in order-number order', async () => {
    expect(files.orders!.count).toBe(2);
    expect(await pdfPageCount(pdfs.orders!)).toBe(2);
    const first = await pdfText(pdfs.orders!, { firstPage: 1, lastPage: 1 });
    expect(first).toContain('Nguyễn Đức Anh');
    expect(first).toMatch(/Số: 01\/LGNN-BCH/);
    expect(await pdfText(pdfs.orders!, { firstPage: 2, lastPage: 2 })).toContain('Trần Văn Ước');
  });

  it('prints the age-17 list from the people register as a draft without a number', async () => {
    expect(files.age17!.number).toBeNull();
    expect(await pdfText(pdfs.age17!)).toContain('Hà Đông');
  });

  it('exports the same list to Excel', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(files.xlsx!.base64, 'base64') as unknown as ArrayBuffer);
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells).toEqual(expect.arrayContaining(['Nguyễn Đức Anh', 'Lê Văn Ánh', 'Trần Văn Ước', '006205000001']));
  });

  it('refuses an empty list and a missing campaign with Vietnamese messages', async () => {
    expect(
      await refusal(core, 'documents.generate', { kind: 'conscription.exemptedList', campaignId: campaign.id }),
    ).toMatchObject({ code: 'DOCUMENT_EMPTY', message: 'Không có người hoặc số liệu nào để đưa vào văn bản này.' });
    expect(await refusal(core, 'documents.generate', { kind: 'conscription.deferredList' })).toMatchObject({
      fieldErrors: { campaignId: 'Không được để trống.' },
    });
  });
});
