/**
 * The office's own templates through the API router, on a real database and real Word files:
 * the check before a template is accepted (tags listed, unknown ones and syntax errors refused and
 * named, non-Word files refused), a template with a field and a table loop filled from a real
 * document, going back to the built-in, and each kind's sample template accepted by its own check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type TestCore, useOffice } from '../../../../test/docs/document-scene';
import { pdfText, renderToPdf } from '../../../../test/docs/render';
import { call, expectAllIn, refusal } from '../../db/test-helpers';
import { buildDrillsFixture, type DrillsFixture } from '../../../../test/docs/drills-fixture';
import { documentKinds, type ProducedDocument } from '../generate-schema';
import type { KindTemplates, TemplateFile, TemplateInfo, TemplateInspection, TemplateVocabulary } from './public-types';
import { docxParagraphs, minimalDocx } from './test-docx';

let core: TestCore;
let fixture: DrillsFixture;
useOffice(buildDrillsFixture, (scene) => ({ core, fixture } = scene));

const b64 = (bytes: Buffer) => bytes.toString('base64');
const KIND = 'training.resultReport';

const upload = (bytes: Buffer, kind = KIND, fileName = 'mau.docx') =>
  call<TemplateInfo>(core, 'documents.template.upload', { kind, name: 'Mẫu của ban', fileName, base64: b64(bytes) });

const generateTraining = () =>
  call<ProducedDocument>(core, 'documents.generate', { kind: KIND, courseId: fixture.course, date: '2026-11-27' });

const activeOf = async (kind: string) =>
  (await call<{ kinds: KindTemplates[] }>(core, 'documents.template.list', {})).kinds.find((k) => k.kind === kind)!;

/** A template with fields, a paragraph loop and a table-row loop over the participants. */
const fieldAndLoops = minimalDocx(
  [
    '{co_quan} – Số: {so_ky_hieu}',
    '{dia_danh}, {ngay}',
    'Lớp: {ten_lop}',
    '{#danh_sach}',
    '{stt}. {ho_ten}: {ket_qua}',
    '{/danh_sach}',
    '{nguoi_ky}',
  ],
  ['{#danh_sach}{stt}', '{ho_ten}', '{ty_le}{/danh_sach}'],
);

describe('checking a template', () => {
  it('lists the tags a template uses, in their table, without saving it', async () => {
    const inspection = await call<TemplateInspection>(core, 'documents.template.inspect', {
      kind: KIND,
      fileName: 'mau.docx',
      base64: b64(minimalDocx(['{ten_lop} {ho_va_ten}', '{#danh_sach}{ho_ten}{/danh_sach}'])),
    });
    expect(inspection.tags).toEqual([
      { tag: '{ten_lop}', table: null, known: true },
      { tag: '{ho_va_ten}', table: null, known: false },
      { tag: '{#danh_sach}', table: null, known: true },
      { tag: '{ho_ten}', table: 'danh_sach', known: true },
    ]);
    expect(inspection.unknown).toEqual(['{ho_va_ten}']);
    expect((await activeOf(KIND)).templates).toHaveLength(0);
  });

  it('refuses a template with unknown tags, naming each of them', async () => {
    const error = await refusal(core, 'documents.template.upload', {
      kind: KIND,
      name: 'Mẫu sai',
      fileName: 'mau.docx',
      base64: b64(minimalDocx(['{ho_va_ten}', '{#bang}{stt}{/bang}', '{#danh_sach}{ten_lop}{nam_sinh}{/danh_sach}'])),
    });
    expect(error.code).toBe('TEMPLATE_UNKNOWN_TAGS');
    expect(error.message).toBe(
      'Mẫu có thẻ không dùng được cho loại văn bản này: {ho_va_ten}, {#bang}, {stt}, {nam_sinh}. Các thẻ hợp lệ xem trong mục Thẻ dữ liệu.',
    );
    expect((await activeOf(KIND)).templates).toHaveLength(0);
  });

  it('refuses a template whose tags are broken, saying which tag', async () => {
    const error = await refusal(core, 'documents.template.upload', {
      kind: KIND,
      name: 'Mẫu lỗi',
      fileName: 'mau.docx',
      base64: b64(minimalDocx(['{ten_lop', '{#danh_sach}{ho_ten}'])),
    });
    expect(error.code).toBe('TEMPLATE_SYNTAX');
    expectAllIn(error.message, ['Mẫu có lỗi cú pháp thẻ', '"ten_lop"', 'bảng "danh_sach" mở mà không đóng']);
  });

  it('refuses a file that is not a Word document, and an oversized one', async () => {
    const text = Buffer.from('Đây không phải văn bản Word');
    expect(
      await refusal(core, 'documents.template.upload', {
        kind: KIND,
        name: 'x',
        fileName: 'mau.docx',
        base64: b64(text),
      }),
    ).toMatchObject({
      code: 'TEMPLATE_NOT_DOCX',
      message: expect.stringContaining('không phải văn bản Word (.docx)'),
    });
    expect(
      (
        await refusal(core, 'documents.template.upload', {
          kind: KIND,
          name: 'x',
          fileName: 'mau.pdf',
          base64: b64(fieldAndLoops),
        })
      ).code,
    ).toBe('TEMPLATE_NOT_DOCX');
    const big = Buffer.concat([fieldAndLoops, Buffer.alloc(5 * 1024 * 1024)]);
    expect(
      await refusal(core, 'documents.template.upload', {
        kind: KIND,
        name: 'x',
        fileName: 'mau.docx',
        base64: b64(big),
      }),
    ).toMatchObject({
      code: 'TEMPLATE_TOO_LARGE',
      message: 'Tệp mẫu quá lớn (tối đa 5 MB).',
    });
  });
});

describe('filling a template', () => {
  it('fills the fields and repeats the loops once per participant, then returns to the built-in when turned off', async () => {
    const template = await upload(fieldAndLoops);
    expect(template).toMatchObject({ kind: KIND, active: true, fileName: 'mau.docx' });
    expect(template.tags).toEqual(
      expect.arrayContaining(['{co_quan}', '{#danh_sach}', '{stt}', '{ho_ten}', '{ket_qua}', '{ty_le}']),
    );

    const produced = await generateTraining();
    expect(produced.templateId).toBe(template.id);
    const text = docxParagraphs(Buffer.from(produced.base64, 'base64'));
    const number = String(produced.number).padStart(2, '0');
    expect(text.slice(0, 3)).toEqual([
      `BAN CHQS XÃ DƯƠNG QUANG – Số: ${number}/BC-BCH`,
      expect.stringMatching(/, ngày 27 tháng 11 năm 2026$/),
      'Lớp: Huấn luyện dân quân cơ động năm 2026',
    ]);
    // Participants in the built-in's order (Vietnamese name order), each once in the list and once in the table.
    expect(text.slice(3, 6)).toEqual(['1. Vũ Văn Anh: Giỏi', '2. Trần Thị Ánh: Khá', '3. Nguyễn Văn Ân: Đạt']);
    // The table's row, once per participant: number, name, attendance rate (15/15, 12/15, 9/15 days).
    expect(text.slice(7, 16)).toEqual([
      '1',
      'Vũ Văn Anh',
      '100',
      '2',
      'Trần Thị Ánh',
      '80',
      '3',
      'Nguyễn Văn Ân',
      '60',
    ]);
    expect(text.join('\n')).not.toMatch(/[{}]/);
    expect(text).toContain('Hoàng Văn Minh');

    await call(core, 'documents.template.setActive', { id: template.id, active: false });
    expect((await activeOf(KIND)).active).toBeNull();
    const builtIn = await generateTraining();
    expect(builtIn.templateId).toBeNull();
    expect(docxParagraphs(Buffer.from(builtIn.base64, 'base64'))).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');

    // Turned on again, it is the active one; a new upload replaces it as active.
    await call(core, 'documents.template.setActive', { id: template.id, active: true });
    expect((await activeOf(KIND)).active?.id).toBe(template.id);
    const next = await upload(minimalDocx(['{ten_lop}']));
    const kind = await activeOf(KIND);
    expect(kind.active?.id).toBe(next.id);
    expect(kind.templates.filter((t) => t.active)).toHaveLength(1);
    const downloaded = await call<TemplateFile>(core, 'documents.template.download', { id: template.id });
    expect(Buffer.from(downloaded.base64, 'base64').equals(fieldAndLoops)).toBe(true);
    await call(core, 'documents.template.setActive', { id: next.id, active: false });
  });

  it('audits uploads and switches', () => {
    const rows = core.db
      .prepare(`SELECT action FROM audit_log WHERE entity = 'document_template' ORDER BY at, rowid`)
      .all() as { action: string }[];
    expect(rows.filter((r) => r.action === 'create').length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.action === 'update').length).toBeGreaterThanOrEqual(3);
  });
});

describe('sample templates', () => {
  const supported = documentKinds;

  it('offers each kind a sample holding every tag it offers, which its own check accepts', async () => {
    for (const kind of supported) {
      const sample = await call<TemplateFile>(core, 'documents.template.sample', { kind });
      expect(sample.fileName).toMatch(/^Mẫu gợi ý - .+\.docx$/);
      const inspection = await call<TemplateInspection>(core, 'documents.template.inspect', {
        kind,
        fileName: sample.fileName,
        base64: sample.base64,
      });
      expect(inspection.unknown, kind).toEqual([]);
      const vocabulary = await call<TemplateVocabulary>(core, 'documents.template.vocabulary', { kind });
      const used = new Set(inspection.tags.map((t) => t.tag));
      for (const f of vocabulary.fields) expect(used, `${kind} ${f.name}`).toContain(`{${f.name}}`);
      for (const t of vocabulary.tables) {
        expect(used, `${kind} ${t.name}`).toContain(`{#${t.name}}`);
        const columns = inspection.tags.filter((u) => u.table === t.name).map((u) => u.tag);
        expect(columns.sort()).toEqual(t.columns.map((c) => `{${c.name}}`).sort());
      }
    }
  }, 60_000);

  it.each(['training.resultReport', 'exercises.resultReport'] as const)(
    '%s: the sample, uploaded as is, produces the document from the records',
    async (kind) => {
      const sample = await call<TemplateFile>(core, 'documents.template.sample', { kind });
      const template = await upload(Buffer.from(sample.base64, 'base64'), kind, sample.fileName);
      const input =
        kind === 'training.resultReport' ? { courseId: fixture.course } : { exerciseId: fixture.doneExercise };
      const produced = await call<ProducedDocument>(core, 'documents.generate', { kind, date: '2026-11-27', ...input });
      expect(produced.templateId).toBe(template.id);
      const text = docxParagraphs(Buffer.from(produced.base64, 'base64')).join('\n');
      expect(text).not.toMatch(/\{[#/]?[a-z_0-9]+\}/);
      expect(text).toContain('BAN CHQS XÃ DƯƠNG QUANG');
      expect(text).toContain('Hoàng Văn Minh');
      expect(text).toContain(`Số: ${String(produced.number).padStart(2, '0')}/BC-BCH`);
      if (kind === 'training.resultReport') {
        expect(text).toContain('Trần Thị Ánh');
        // A real Word file: LibreOffice opens it and prints the filled table.
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-template-'));
        try {
          const [pdf] = await renderToPdf([Buffer.from(produced.base64, 'base64')], dir);
          const printed = (await pdfText(pdf!)).replace(/\s+/g, ' ');
          expect(printed).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
          for (const cells of [
            'Vũ Văn Anh',
            'Trần Thị Ánh',
            'Nguyễn Văn Ân',
            '15/15 100 Giỏi',
            '12/15 80 Khá',
            '9/15 60 Đạt',
          ]) {
            expect(printed).toContain(cells);
          }
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      } else expect(text).toContain('Diễn tập phòng chống thiên tai');
      await call(core, 'documents.template.setActive', { id: template.id, active: false });
    },
  );

  it('lists every kind by its Vietnamese name, and describes every tag it offers', async () => {
    const { kinds } = await call<{ kinds: KindTemplates[] }>(core, 'documents.template.list', {});
    expect(kinds.map((k) => k.kind)).toEqual([...documentKinds]);
    expect(kinds.find((k) => k.kind === 'review.report')).toMatchObject({
      label: 'Báo cáo sơ kết, tổng kết nhiệm vụ quốc phòng, quân sự địa phương',
      supported: true,
      active: null,
    });
    for (const kind of documentKinds) {
      const vocabulary = await call<TemplateVocabulary>(core, 'documents.template.vocabulary', { kind });
      const tags = [...vocabulary.fields, ...vocabulary.tables, ...vocabulary.tables.flatMap((t) => t.columns)];
      for (const tag of tags) expect(tag.description, `${kind} ${tag.name}`).not.toBe('');
    }
  });
});
