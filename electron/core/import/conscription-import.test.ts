import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../conscription/campaigns/schema';
import type { ConscriptionRecordRow, ConscriptionRecordView } from '../conscription/records/view';
import { createCampaign, enrolInCampaign } from '../conscription/test-steps';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import type { Person } from '../people/schema';
import { maleId, seedLocalities } from './people-import-fixtures';
import {
  addMan,
  commitTarget,
  inspectOfficeSheet,
  peopleTotal,
  previewTarget,
  refusedCommit,
} from './target-import-fixtures';

let core: TestCore;
let campaign: Campaign;
let existing: Person;
let inCampaign: Person;

useTestCore(async (c) => {
  core = c;
  await seedLocalities(core);
  campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-20' });
  existing = await addMan(core, 'Tâm', '2006-04-01', maleId(2006, 50));
  inCampaign = await addMan(core, 'Sơn', '2006-05-01', maleId(2006, 51));
  await enrolInCampaign(core, { campaignId: campaign.id, personId: inCampaign.id, onDate: '2026-11-01' });
});

// The commune's list of young men for the call-up: no sex column (the IDs tell it), a health class column.
const HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Số CCCD',
  'Thôn/Tổ',
  'Xã/Phường',
  'Trình độ văn hóa',
  'Phân loại SK',
  'Đảng viên',
];
const ROWS = () => [
  ['Nguyễn Văn An', '05/02/2006', maleId(2006, 1), 'Tổ 7', 'Đức Xuân', '12/12', '2', ''],
  ['Trần Văn Bình', '10/03/2007', maleId(2007, 2), 'Tổ 8', 'Đức Xuân', '9/12', 'Loại IV', 'x'],
  ['Lê Văn Tâm', '01/04/2006', maleId(2006, 50), 'Tổ 7', 'Đức Xuân', '12/12', '', ''],
  ['Lê Văn Sơn', '01/05/2006', maleId(2006, 51), 'Tổ 8', 'Đức Xuân', '12/12', '1', ''],
  ['Phạm Văn Cường', '07/07/2006', maleId(2006, 3), 'Tổ 7', 'Đức Xuân', '12/12', 'Loại 7', ''],
];
const TITLE = 'DANH SÁCH CÔNG DÂN NAM TRONG ĐỘ TUỔI GỌI NHẬP NGŨ NĂM 2027';

const records = async () =>
  (
    await call<{ rows: ConscriptionRecordRow[]; total: number }>(core, 'conscription.record.list', {
      campaignId: campaign.id,
      sort: 'name',
    })
  ).rows;

describe('import of conscription records', () => {
  it('previews each citizen with the health class, the reused person, the one already in the campaign and the unknown class', async () => {
    const token = await inspectOfficeSheet(core, TITLE, HEADERS, ROWS());
    const result = await previewTarget(core, token, 'conscription', { campaignId: campaign.id });
    expect(result.target).toBe('conscription');
    expect(result.columns.map((c) => c.field)).toEqual([
      null,
      'fullName',
      'birthDate',
      'citizenId',
      'village',
      'commune',
      'education',
      'healthClass',
      'partyMember',
    ]);
    const [an, binh, tam, son, cuong] = result.rows;
    expect(an).toMatchObject({ outcome: 'create', personAction: 'create', existingRecordId: null });
    expect(an!.values).toMatchObject({
      fullName: 'Nguyễn Văn An',
      birthDate: '2006-02-05',
      sex: 'M',
      education: '12/12',
    });
    expect(an!.targetValues).toEqual({ healthClass: '2', partyMember: null, state: 'Khám sức khỏe đạt (loại 1–3)' });
    expect(binh!.targetValues).toMatchObject({ healthClass: '4', partyMember: 'Có' });
    expect(tam).toMatchObject({ outcome: 'create', personAction: 'keep', existingPersonId: existing.id });
    expect(tam!.warnings.map((w) => w.message)).toContain('Dùng hồ sơ công dân đã có (giữ nguyên thông tin).');
    expect(son).toMatchObject({
      outcome: 'skip',
      existingPersonId: inCampaign.id,
      existingRecordId: expect.any(String),
    });
    expect(son!.warnings.map((w) => w.message)).toContain(
      `Công dân đã có hồ sơ trong ${campaign.title}; không thêm lại.`,
    );
    expect(cuong!.outcome).toBe('error');
    expect(cuong!.errors).toEqual([
      { column: 7, field: 'healthClass', message: 'Không hiểu phân loại sức khỏe "Loại 7" (cần loại 1 đến loại 6).' },
    ]);
    expect(result.summary).toMatchObject({
      rows: 5,
      toCreate: 3,
      toSkip: 1,
      withErrors: 1,
      peopleToCreate: 2,
      recordsExisting: 1,
    });
    const duplicates = await previewTarget(core, token, 'conscription', {
      campaignId: campaign.id,
      filter: 'duplicates',
    });
    expect(duplicates.rows.map((r) => r.rowNumber)).toEqual([7, 8]);
  });

  it('writes nothing while a row has an error, then creates the people and records with their exam results', async () => {
    const token = await inspectOfficeSheet(core, TITLE, HEADERS, ROWS());
    await refusedCommit(core, token, 'conscription', { campaignId: campaign.id });
    expect(await peopleTotal(core)).toBe(2);
    expect((await records()).map((r) => r.fullName)).toEqual(['Lê Văn Sơn']);

    const result = await commitTarget(core, token, 'conscription', { campaignId: campaign.id, skipRows: [9] });
    expect(result).toMatchObject({ created: 3, updated: 0, skipped: 2, peopleCreated: 2, peopleUpdated: 0 });
    expect(await peopleTotal(core)).toBe(4);
    const rows = await records();
    expect(rows.map((r) => [r.fullName, r.state, r.healthClass]).sort()).toEqual([
      ['Lê Văn Sơn', 'pool', null],
      ['Lê Văn Tâm', 'pool', null],
      ['Nguyễn Văn An', 'health_exam_passed', 2],
      ['Trần Văn Bình', 'health_exam_failed', 4],
    ]);
    expect(rows.find((r) => r.fullName === 'Lê Văn Tâm')!.personId).toBe(existing.id);
    const binh = await call<{ record: ConscriptionRecordView; history: Array<{ toState: string; note: string }> }>(
      core,
      'conscription.record.get',
      { id: rows.find((r) => r.fullName === 'Trần Văn Bình')!.id },
    );
    expect(binh.history.map((h) => h.toState)).toEqual(['pool', 'health_exam_failed']);
    expect(binh.history[0]!.note).toBe('Nhập từ tệp Excel. Đảng viên.');

    const report = new ExcelJS.Workbook();
    await report.xlsx.load(Buffer.from(result.report.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = report.worksheets[0]!;
    const outcomes = [4, 5, 6, 7, 8].map((n) => [sheet.getRow(n).getCell(2).value, sheet.getRow(n).getCell(4).value]);
    expect(outcomes).toEqual([
      ['Nguyễn Văn An', 'đã thêm'],
      ['Trần Văn Bình', 'đã thêm'],
      ['Lê Văn Tâm', 'đã thêm'],
      ['Lê Văn Sơn', 'bỏ qua'],
      ['Phạm Văn Cường', 'bỏ qua'],
    ]);
    expect(String(sheet.getRow(7).getCell(5).value)).toContain('không thêm lại');
  });

  it('refuses a closed campaign with the program’s message, and a missing campaign', async () => {
    const token = await inspectOfficeSheet(core, TITLE, HEADERS, ROWS());
    expect(await refusal(core, 'import.preview', { token, target: 'conscription' })).toMatchObject({
      fieldErrors: { campaignId: 'Chưa chọn đợt tuyển quân để đưa các hồ sơ vào.' },
    });
    const current = await call<Campaign>(core, 'conscription.campaign.get', { id: campaign.id });
    await call(core, 'conscription.campaign.close', { id: campaign.id, version: current.version });
    expect(
      await refusal(core, 'import.preview', { token, target: 'conscription', campaignId: campaign.id }),
    ).toMatchObject({ code: 'RULE_CAMPAIGN_CLOSED' });
    expect(
      await refusal(core, 'import.commit', { token, target: 'conscription', campaignId: campaign.id }),
    ).toMatchObject({ code: 'RULE_CAMPAIGN_CLOSED' });
    expect(await peopleTotal(core)).toBe(2);
  });

  it('undoes the import as a batch: the records with their steps and the people it created, nothing else', async () => {
    const rows = ROWS().slice(0, 3);
    const token = await inspectOfficeSheet(core, TITLE, HEADERS, rows);
    const result = await commitTarget(core, token, 'conscription', { campaignId: campaign.id });
    expect(result.created).toBe(3);
    expect(await records()).toHaveLength(4);
    await call(core, 'import.batch.undo', { id: result.batchId, version: 1 });
    expect((await records()).map((r) => r.fullName)).toEqual(['Lê Văn Sơn']);
    // An and Bình came with the file; Tâm and Sơn were in the register before it.
    expect(await peopleTotal(core)).toBe(2);
    const steps = core.db.prepare('SELECT count(*) FROM conscription_transitions').pluck().get();
    expect(steps).toBe(1);
  });

  it('refuses to undo an import into a campaign closed since: its records are the campaign’s result', async () => {
    const token = await inspectOfficeSheet(core, TITLE, HEADERS, ROWS().slice(0, 1));
    const result = await commitTarget(core, token, 'conscription', { campaignId: campaign.id });
    const current = (await call(core, 'conscription.campaign.get', { id: campaign.id })) as { version: number };
    await call(core, 'conscription.campaign.close', { id: campaign.id, version: current.version });
    await expect(call(core, 'import.batch.undo', { id: result.batchId, version: 1 })).rejects.toThrow(
      /thuộc đợt tuyển quân năm \d{4} đã kết thúc/,
    );
    expect(await records()).toHaveLength(2);
  });
});
