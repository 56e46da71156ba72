import { describe, expect, it } from 'vitest';
import {
  calledUpRecords,
  campaign,
  commander,
  deferredRecords,
  exemptedRecords,
  office,
  record,
} from '../../../../test/docs/conscription-fixtures';
import { age17ListContent, age17Table } from './age17-list';
import { buildCallUpOrders, reportTimeText } from './call-up-orders';
import { calledUpListContent, calledUpTable } from './called-up-list';
import { deferredTable, exemptedTable } from './deferred-exempted-lists';
import { isGroupRow, type ListTable } from '../../docs/list-table';

const groups = (table: ListTable) => table.rows.filter(isGroupRow).map((r) => r.group);
const people = (table: ListTable) => table.rows.filter((r): r is readonly string[] => !isGroupRow(r));

describe('calledUpListContent title', () => {
  it("names the police service obligation only when the quota or the list has police ('nhập ngũ' is the army's)", () => {
    const army = calledUpRecords().map((r) => ({ ...r, branch: 'army' as const }));
    const armyOnly = { year: 2026, totals: { army: 44, police: 0, total: 44 } };
    expect(calledUpListContent({ campaign: armyOnly, records: army }).title).toBe(
      'Danh sách công dân nhập ngũ năm 2026',
    );
    expect(calledUpListContent({ campaign, records: army }).title).toBe(
      'Danh sách công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân năm 2026',
    );
  });
});

describe('calledUpTable (form 17A)', () => {
  const table = calledUpTable(calledUpRecords());

  it('has a heading row per ward/commune with its count, and numbers people 1…n across them', () => {
    expect(groups(table)).toEqual([
      'Phường Đức Xuân (6 công dân)',
      'Phường Sông Cầu (4 công dân)',
      'Xã Dương Quang (2 công dân)',
    ]);
    expect(people(table).map((r) => r[0])).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(people(table).every((r) => r.length === table.columns.length)).toBe(true);
  });

  it('fills the 17A cells from the record', () => {
    const rows = people(table);
    const dat = rows.find((r) => r[1] === 'Lường Văn Đạt');
    expect(dat?.slice(4)).toEqual([
      'Lao động tự do',
      'Thôn Nà Pài, xã Dương Quang',
      'Kinh, Không',
      'Loại 2',
      '12/12',
      'Công an tỉnh Thái Nguyên\n(CAND)',
    ]);
    const dung = rows.find((r) => r[1] === 'Lục Văn Dũng');
    // Neither unit nor branch yet: the cell says so rather than staying blank.
    expect(dung?.slice(7)).toEqual(['Loại 3', '9/12', 'Chưa xác định đơn vị nhận']);
    expect(rows[0]?.[2]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('counts army and police against the quota', () => {
    expect(calledUpListContent({ campaign, records: calledUpRecords() }).notes).toEqual([
      'Chỉ tiêu giao: 58 (Quân đội: 44; Công an nhân dân: 14).',
      'Số công dân trong danh sách: 12 (Quân đội: 10; Công an nhân dân: 1; chưa xác định Quân đội hay Công an nhân dân: 1).',
      'Đơn vị nhận quân: Sư đoàn 346 (10 công dân); Công an tỉnh Thái Nguyên (1 công dân).',
    ]);
    const assigned = calledUpRecords().filter((r) => r.branch !== null);
    expect(calledUpListContent({ campaign, records: assigned }).notes[1]).toBe(
      'Số công dân trong danh sách: 11 (Quân đội: 10; Công an nhân dân: 1).',
    );
  });

  it('names the receiving units, the largest first, and prints no units line while none is known', () => {
    const records = calledUpRecords();
    const unknown = records.map((r) => ({ ...r, receivingUnit: '' }));
    expect(calledUpListContent({ campaign, records: unknown }).notes).toHaveLength(2);
    const twoEach = [
      { ...records[0]!, receivingUnit: 'Lữ đoàn 168' },
      { ...records[1]!, receivingUnit: 'Sư đoàn 346' },
      { ...records[2]!, receivingUnit: 'Sư đoàn 346' },
      { ...records[3]!, receivingUnit: 'Lữ đoàn 168' },
      { ...records[4]!, receivingUnit: 'Bộ đội Biên phòng tỉnh' },
    ];
    // Equal counts in Vietnamese alphabetical order; no unclear abbreviation left in the counts.
    const notes = calledUpListContent({ campaign, records: twoEach }).notes;
    expect(notes[2]).toBe(
      'Đơn vị nhận quân: Lữ đoàn 168 (2 công dân); Sư đoàn 346 (2 công dân); Bộ đội Biên phòng tỉnh (1 công dân).',
    );
    expect(notes.join(' ')).not.toMatch(/chưa phân/);
  });
});

describe('deferredTable and exemptedTable', () => {
  it('groups the deferred by point in the law order, with the point wording and count', () => {
    const table = deferredTable(deferredRecords());
    const headings = groups(table);
    expect(headings.map((g) => g.slice(0, 8))).toEqual(['Điểm a –', 'Điểm d –', 'Điểm đ –', 'Điểm g –', 'Điểm h –']);
    expect(headings[0]).toBe(
      'Điểm a – Chưa đủ sức khỏe phục vụ tại ngũ theo kết luận của Hội đồng khám sức khỏe (2 công dân)',
    );
    expect(headings[4]).toBe('Điểm h – Dân quân thường trực (1 công dân)');
    expect(people(table).map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ['1', 'Đinh Văn Đức', 'Sức khỏe loại 4; cận thị 2,5 D', '2026'],
      ['2', 'Vũ Văn Ước', 'Sức khỏe loại 5', '2026'],
      ['3', 'Lâm Văn Sơn', 'Anh trai đang phục vụ tại ngũ', '2026'],
      ['4', 'Hứa Văn Đông', '', '2026'],
      ['5', 'Bùi Đức Ân', 'Học sinh lớp 12', '2026'],
      ['6', 'Phan Văn Ẩn', 'Sinh viên Trường Đại học Nông Lâm', '2026'],
      ['7', 'Tạ Văn Hưng', 'Dân quân thường trực năm thứ nhất', '2026'],
    ]);
  });

  it('never drops a record without a valid point: it comes last under its own heading', () => {
    const stray = record('Cao Văn Khoa', { state: 'deferred', legalPoint: 'f' });
    const table = deferredTable([...deferredRecords(), stray]);
    expect(groups(table).at(-1)).toBe('Chưa ghi điểm áp dụng (1 công dân)');
    expect(people(table).at(-1)?.[1]).toBe('Cao Văn Khoa');
  });

  it('groups the exempted by point of Art. 41(2), Lời before Lợi (huyền before nặng)', () => {
    const table = exemptedTable(exemptedRecords());
    expect(groups(table)).toEqual([
      'Điểm a – Con của liệt sĩ, con của thương binh hạng một (2 công dân)',
      'Điểm b – Một anh hoặc một em trai của liệt sĩ (1 công dân)',
    ]);
    expect(people(table).map((r) => [r[1], r[5]])).toEqual([
      ['Mạc Văn Lời', 'Con thương binh hạng một'],
      ['Âu Văn Lợi', 'Con liệt sĩ'],
      ['Chu Văn Lực', 'Em trai liệt sĩ Chu Văn Thắng'],
    ]);
  });
});

describe('age17Table', () => {
  it('lists people by area with form 01 columns and the birth year in the note', () => {
    const content = age17ListContent({ year: 2026, people: calledUpRecords() });
    expect(content.title).toBe('Danh sách công dân nam đủ 17 tuổi trong năm 2026');
    expect(content.notes[0]).toBe('(Sinh năm 2009, chuẩn bị đăng ký nghĩa vụ quân sự lần đầu)');
    expect(groups(age17Table(calledUpRecords()))).toHaveLength(3);
    expect(people(age17Table(calledUpRecords()))[0]?.slice(5)).toEqual([
      'Kinh',
      'Không',
      '12/12',
      'Lao động tự do',
      '',
    ]);
  });
});

describe('call-up orders', () => {
  it('writes the report time in words', () => {
    expect(reportTimeText('07:00')).toBe('07 giờ 00');
    expect(reportTimeText('7:30')).toBe('07 giờ 30');
    expect(reportTimeText('7h')).toBe('07 giờ 00');
    expect(reportTimeText('')).toBe('');
    expect(reportTimeText('sáng sớm')).toBe('sáng sớm');
  });

  it('refuses an empty selection', () => {
    expect(() => buildCallUpOrders({ office, campaign, records: [], signer: commander })).toThrow(RangeError);
  });
});
