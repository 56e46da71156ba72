import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../conscription/campaigns/schema';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Locality } from '../localities/schema';
import type { MilitiaUnit } from '../militia/public-types';
import type { IMPORT_TARGETS, ImportFieldKey, ImportTarget } from './mapping';
import { inspect } from './people-import-fixtures';
import { commitTarget, previewTarget } from './target-import-fixtures';

type File = { fileName: string; mimeType: string; base64: string };

let core: TestCore;
let campaign: Campaign;

// What an office sets up before importing the sample as it is: the places, the militia unit, the
// CNQS catalogue entry, the open campaign the records go into.
useTestCore(async (c) => {
  core = c;
  const commune = await call<Locality>(core, 'localities.create', { name: 'Xã Tân Lập', kind: 'commune' });
  for (const name of ['Thôn Đông', 'Thôn Đoài'])
    await call(core, 'localities.create', { name, kind: 'village', parentId: commune.id });
  await call<MilitiaUnit>(core, 'militia.unit.create', {
    force: 'militia',
    level: 'squad',
    component: 'mobile',
    name: 'Tiểu đội 1',
    localityId: commune.id,
  });
  await call(core, 'reserves.specialty.create', { code: '121', name: 'Súng trường, tiểu liên' });
  campaign = await call<Campaign>(core, 'conscription.campaign.create', {
    year: 2027,
    handoverStart: '2027-02-20',
    handoverEnd: '2027-02-20',
  });
});

const PERSON: ImportFieldKey[] = [
  'fullName',
  'birthDate',
  'sex',
  'citizenId',
  'village',
  'commune',
  'ethnicity',
  'religion',
  'education',
  'occupation',
  'phone',
];
/** The field each sample column must land on, in order: written out here, not read from the builder. */
const EXPECTED: Record<(typeof IMPORT_TARGETS)[number], ImportFieldKey[]> = {
  people: [...PERSON, 'notes'],
  conscription: [...PERSON, 'healthClass', 'partyMember', 'notes'],
  militia: [...PERSON, 'unit', 'position', 'startedOn', 'partyMember', 'youthUnion', 'notes'],
  reservists: [
    ...PERSON,
    'unit',
    'category',
    'grade',
    'rank',
    'specialty',
    'formerUnit',
    'serviceFrom',
    'serviceTo',
    'registeredOn',
    'notes',
  ],
};
const TARGETS = Object.keys(EXPECTED) as ImportTarget[];

const sample = (target: ImportTarget) => call<File>(core, 'import.sample', { target });
const options = (target: ImportTarget) => (target === 'conscription' ? { campaignId: campaign.id } : {});

async function workbookOf(file: File) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

/** The guide's lines by column header: "A" | "Họ và tên: Bắt buộc…". */
function guideLines(workbook: ExcelJS.Workbook) {
  const lines = new Map<string, string>();
  workbook.getWorksheet('Hướng dẫn')!.eachRow((row) => {
    if (!/^[A-Z]$/.test(row.getCell(1).text)) return;
    const [name, ...text] = row.getCell(2).text.split(': ');
    lines.set(name!, text.join(': '));
  });
  return lines;
}

describe('import.sample', () => {
  it.each(TARGETS)(
    'the %s sample imports as it is: header found under the title, every column mapped, both rows clean',
    async (target) => {
      const file = await sample(target);
      const { token, sheets } = await inspect(core, Buffer.from(file.base64, 'base64'), file.fileName);
      expect(sheets).toEqual([
        { name: 'Danh sách', rowCount: 6, headerRowNumber: 4, dataRowCount: 2 },
        // The guide sheet must not pass for a list itself (its rows name columns, too).
        expect.objectContaining({ name: 'Hướng dẫn', headerRowNumber: null }),
      ]);

      const preview = await previewTarget(core, token, target, options(target));
      expect(preview.mappingProblems).toEqual([]);
      expect(preview.mappingSource).toBe('proposed');
      expect(preview.columns.map((c) => c.field)).toEqual(EXPECTED[target]);
      expect(preview.rows.map((r) => ({ errors: r.errors, warnings: r.warnings, outcome: r.outcome }))).toEqual([
        { errors: [], warnings: [], outcome: 'create' },
        { errors: [], warnings: [], outcome: 'create' },
      ]);
      const [first, second] = preview.rows;
      // One birth date typed as text, one a date cell: both the same calendar day on every PC.
      expect(first!.values).toMatchObject({ fullName: 'Nguyễn Văn An', birthDate: '2004-02-05', sex: 'M' });
      expect(second!.values.birthDate).toBe('2005-08-12');
      expect(first!.values).toMatchObject({ localityName: expect.stringContaining('Thôn Đông'), phone: '0912345678' });

      const result = await commitTarget(core, token, target, options(target));
      expect(result).toMatchObject({ created: 2, peopleCreated: 2 });
    },
  );

  it('reads each target’s own example values as the office means them', async () => {
    const values = async (target: ImportTarget) => {
      const { token } = await inspect(core, Buffer.from((await sample(target)).base64, 'base64'));
      return (await previewTarget(core, token, target, options(target))).rows.map((r) => r.targetValues);
    };
    expect(await values('conscription')).toEqual([
      expect.objectContaining({ healthClass: '2', partyMember: null }),
      expect.objectContaining({ healthClass: '1', partyMember: 'Có' }),
    ]);
    expect(await values('militia')).toEqual([
      expect.objectContaining({ position: 'Chiến sĩ', startedOn: '2024-03-01', youthUnion: 'Có' }),
      expect.objectContaining({ position: 'Chỉ huy đơn vị', startedOn: '2023-09-15', partyMember: 'Có' }),
    ]);
    expect(await values('reservists')).toEqual([
      expect.objectContaining({ rank: 'Hạ sĩ', grade: '1', serviceFrom: '2022-02-15', registeredOn: '2024-03-10' }),
      expect.objectContaining({ rank: 'Binh nhất', grade: '2', specialty: null }),
    ]);
  });

  it('is laid out for the clerk: title, frozen bold header, date cells dd/mm/yyyy, ID and phone columns as text, a guide line per column', async () => {
    const file = await sample('militia');
    expect(file.fileName).toBe('Mẫu nhập dân quân tự vệ.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await workbookOf(file);
    const data = workbook.getWorksheet('Danh sách')!;
    expect(data.getCell('A1').value).toBe('MẪU DANH SÁCH DÂN QUÂN TỰ VỆ ĐỂ NHẬP VÀO QSĐP');
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const header = data.getRow(4);
    expect(header.getCell(1).value).toBe('Họ và tên');
    expect(header.getCell(1).font?.bold).toBe(true);
    const column = (name: string) => (header.values as unknown[]).indexOf(name);
    // Row 5 keeps the typed text "05/02/2004"; row 6 holds a real date cell shown dd/mm/yyyy.
    expect(data.getRow(5).getCell(column('Ngày sinh')).value).toBe('05/02/2004');
    const birth = data.getRow(6).getCell(column('Ngày sinh'));
    expect(birth.value).toEqual(new Date(Date.UTC(2005, 7, 12)));
    expect(birth.numFmt).toBe('dd/mm/yyyy');
    expect(data.getRow(5).getCell(column('Ngày vào')).value).toEqual(new Date(Date.UTC(2024, 2, 1)));
    // Text format on the whole column, so an ID the clerk types later keeps its leading zeros.
    expect(data.getColumn(column('Số CCCD')).numFmt).toBe('@');
    expect(data.getColumn(column('Số điện thoại')).numFmt).toBe('@');
    expect(data.getRow(5).getCell(column('Số CCCD')).value).toBe('001204012345');

    const lines = guideLines(workbook);
    const headers = (header.values as unknown[]).filter((v): v is string => typeof v === 'string');
    expect([...lines.keys()]).toEqual(headers);
    expect(lines.get('Ngày sinh')).toContain('05/02/2004');
    expect(lines.get('Giới tính')).toContain('Nam hoặc Nữ');
    expect(lines.get('Đơn vị')).toContain('dân quân tự vệ');
    const reservists = guideLines(await workbookOf(await sample('reservists')));
    expect(reservists.get('Cấp bậc')).toContain('B2, B1, H1');
    expect(reservists.get('Đơn vị')).toContain('ghi chú');
  });

  it('refuses an unknown target', async () => {
    const result = await core.invoke('import.sample', { target: 'staff' });
    expect(result.ok).toBe(false);
    expect((await core.invoke('import.sample', { target: 'people', extra: 1 })).ok).toBe(false);
  });
});
