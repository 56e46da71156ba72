/**
 * The one document pipeline (produce.ts) through real SQLite: a document's number is used, and
 * its register entry written, in one transaction after the file exists. A build or a template
 * fill that fails leaves the counter, the register and the audit log exactly as they were; two
 * documents built at once never share a number.
 */
import { describe, expect, it } from 'vitest';
import { type TestCore, useOffice } from '../../../test/docs/document-scene';
import { call, refusal } from '../db/test-helpers';
import { exerciseDocuments } from '../exercises/documents/family';
import { buildDrillsFixture, type DrillsFixture } from '../../../test/docs/drills-fixture';
import { documentFamilies, familyOf } from './families';
import type { DocumentFamily } from './family';
import { documentKinds, generateInput, type ProducedDocument } from './generate-schema';
import { produceDocument } from './produce';
import { docxParagraphs, minimalDocx } from './templates/test-docx';

let core: TestCore;
let fixture: DrillsFixture;
useOffice(buildDrillsFixture, (scene) => ({ core, fixture } = scene), { each: true });

const plan = (extra: Record<string, unknown> = {}) =>
  generateInput.parse({ kind: 'exercises.plan', exerciseId: fixture.plannedExercise, date: '2026-11-27', ...extra });

/** Everything a failed build must leave alone: the counters, the register and the audit log. */
function bookkeeping() {
  const db = core.db;
  return {
    counters: db.prepare(`SELECT year, type_code, last_number, version FROM document_counters ORDER BY 1, 2`).all(),
    register: db.prepare(`SELECT count(*) AS n FROM document_register`).get(),
    audit: db.prepare(`SELECT count(*) AS n FROM audit_log`).get(),
  };
}

describe('the document pipeline', () => {
  it('has exactly one family for every document kind', () => {
    for (const kind of documentKinds) {
      expect(
        documentFamilies.filter((f) => f.kinds.includes(kind)),
        kind,
      ).toHaveLength(1);
    }
    expect(documentFamilies.flatMap((f) => f.kinds).sort()).toEqual([...documentKinds].sort());
  });

  it('uses no number and writes nothing when the office template cannot be filled', async () => {
    const sample = await call<{ base64: string; fileName: string }>(core, 'documents.template.sample', {
      kind: 'exercises.plan',
    });
    const template = await call<{ id: string }>(core, 'documents.template.upload', {
      kind: 'exercises.plan',
      name: 'Mẫu của ban',
      fileName: sample.fileName,
      base64: sample.base64,
    });
    // The stored template damaged after it was accepted (a bad sector, a file edited outside the program).
    core.db.prepare(`UPDATE document_templates SET file_data = ? WHERE id = ?`).run(Buffer.from('PK'), template.id);
    const before = bookkeeping();

    expect(await refusal(core, 'documents.generate', plan())).toMatchObject({ code: 'TEMPLATE_RENDER_FAILED' });
    expect(bookkeeping()).toEqual(before);

    // The number the failed build would have had is the one the next document gets.
    await call(core, 'documents.template.setActive', { id: template.id, active: false });
    const next = await call<ProducedDocument>(core, 'documents.generate', plan());
    expect(next.number).toBe(1);
    expect(next.reference).toMatch(/^01\/KH/);
  });

  it('uses no number and writes nothing when laying the document out fails', async () => {
    const failing: DocumentFamily = {
      ...exerciseDocuments,
      prepare: (ctx, kind, request) => ({
        ...exerciseDocuments.prepare(ctx, kind as never, request),
        docx: () => {
          throw new Error('packing failed');
        },
      }),
    } as DocumentFamily;
    await call(core, 'documents.generate', plan());
    const before = bookkeeping();

    await expect(produceDocument(core.context, plan(), {}, [failing])).rejects.toThrow('packing failed');
    expect(bookkeeping()).toEqual(before);
    expect(familyOf('exercises.plan', [failing])).toBe(failing);
  });

  it('gives two documents built at the same time two numbers, each with its register entry', async () => {
    const [a, b] = await Promise.all([
      produceDocument(core.context, plan()),
      produceDocument(core.context, plan({ exerciseId: fixture.doneExercise })),
    ]);
    expect([a.number, b.number].sort()).toEqual([1, 2]);
    const rows = core.db
      .prepare(`SELECT number FROM document_register WHERE type_code = 'KH' ORDER BY number`)
      .all() as Array<{ number: number }>;
    expect(rows.map((r) => r.number)).toEqual([1, 2]);
    const counter = core.db
      .prepare(`SELECT last_number AS n FROM document_counters WHERE year = 2026 AND type_code = 'KH'`)
      .get() as { n: number };
    expect(counter.n).toBe(2);
  });

  it('leaves the counter where it was for a number typed by hand, and steps over it later', async () => {
    const typed = await produceDocument(core.context, plan({ number: 2 }));
    expect(typed.number).toBe(2);
    const first = await produceDocument(core.context, plan());
    const next = await produceDocument(core.context, plan());
    expect([first.number, next.number]).toEqual([1, 3]);
  });

  it('fills a draft into the office template, marked DỰ THẢO with its number blank, using no number and registering nothing', async () => {
    const sample = await call<{ base64: string; fileName: string }>(core, 'documents.template.sample', {
      kind: 'exercises.plan',
    });
    const template = await call<{ id: string }>(core, 'documents.template.upload', {
      kind: 'exercises.plan',
      name: 'Mẫu của ban',
      fileName: sample.fileName,
      base64: sample.base64,
    });
    const before = bookkeeping();
    for (let i = 0; i < 2; i += 1) {
      const draft = await call<ProducedDocument>(core, 'documents.generate', plan({ mode: 'draft' }));
      expect(draft).toMatchObject({ templateId: template.id, number: null, registerId: null, reference: null });
      const text = docxParagraphs(Buffer.from(draft.base64, 'base64'));
      expect(text).toContain('DỰ THẢO');
      expect(text.some((line) => /^Số: \/KH-/.test(line))).toBe(true);
    }
    expect(bookkeeping()).toEqual(before);
  });

  it('marks a draft DỰ THẢO even in a template that does not place the mark', async () => {
    const template = await call<{ id: string }>(core, 'documents.template.upload', {
      kind: 'exercises.plan',
      name: 'Mẫu cũ',
      fileName: 'mau.docx',
      base64: minimalDocx(['{co_quan}', 'Số: {so_ky_hieu}', '{ten_van_ban}']).toString('base64'),
    });
    const draft = await call<ProducedDocument>(core, 'documents.generate', plan({ mode: 'draft' }));
    expect(draft.templateId).toBe(template.id);
    const text = docxParagraphs(Buffer.from(draft.base64, 'base64'));
    expect(text[0]).toBe('DỰ THẢO');
    expect(text).toContain('Số: /KH-BCH');
    const issued = await call<ProducedDocument>(core, 'documents.generate', plan({ mode: 'issue' }));
    expect(docxParagraphs(Buffer.from(issued.base64, 'base64'))).not.toContain('DỰ THẢO');
  });

  it('marks a draft once where a template places DỰ THẢO in its page header, never again in the body', async () => {
    await call(core, 'documents.template.upload', {
      kind: 'exercises.plan',
      name: 'Mẫu có đầu trang',
      fileName: 'mau.docx',
      base64: minimalDocx(['{co_quan}', 'Số: {so_ky_hieu}'], undefined, ['{du_thao}']).toString('base64'),
    });
    const draft = Buffer.from(
      (await call<ProducedDocument>(core, 'documents.generate', plan({ mode: 'draft' }))).base64,
      'base64',
    );
    expect(docxParagraphs(draft, 'word/header1.xml')).toEqual(['DỰ THẢO']);
    expect(docxParagraphs(draft).filter((line) => line.includes('DỰ THẢO'))).toEqual([]);
  });

  it('marks a draft DỰ THẢO when a filled value says "DỰ THẢO" but the template does not place the mark', async () => {
    core.db
      .prepare(`UPDATE exercises SET title = ? WHERE id = ?`)
      .run('Diễn tập chiến đấu phòng thủ (DỰ THẢO)', fixture.plannedExercise);
    await call(core, 'documents.template.upload', {
      kind: 'exercises.plan',
      name: 'Mẫu cũ',
      fileName: 'mau.docx',
      base64: minimalDocx(['{co_quan}', '{ten_dien_tap}']).toString('base64'),
    });
    const draft = await call<ProducedDocument>(core, 'documents.generate', plan({ mode: 'draft' }));
    const text = docxParagraphs(Buffer.from(draft.base64, 'base64'));
    expect(text[0]).toBe('DỰ THẢO');
    expect(text).toContain('Diễn tập chiến đấu phòng thủ (DỰ THẢO)');
  });
});
