/**
 * Templates never run code. A template written to execute something is refused at upload with
 * its tags named; and even a template that skipped the check (put straight into the database)
 * renders its code-like tags as nothing: no global is set, the process lives on, and the file
 * holds no data of the process. A stored template that cannot be read stops the document cleanly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type TestCore, useOffice } from '../../../../test/docs/document-scene';
import { call, refusal } from '../../db/test-helpers';
import { buildDrillsFixture, type DrillsFixture } from '../../../../test/docs/drills-fixture';
import type { ProducedDocument } from '../generate-schema';
import { renderTemplate } from './render';
import { docxParagraphs, minimalDocx } from './test-docx';

const FLAG = '__qsdpTemplatePayloadRan';
const PAYLOADS = [
  `{constructor.constructor('globalThis.${FLAG} = 1; return process')()}`,
  `{this.process.exit()}`,
  `{__proto__}`,
  `{constructor}`,
  `{process.pid}`,
  `{process.env.HOME}`,
  `{#danh_sach}{ho_ten|upper}{constructor.name}{/danh_sach}`,
  `{#a}{b|filter}{/a}`,
];
const codeLike = minimalDocx(['Đầu', ...PAYLOADS, 'Cuối']);

let core: TestCore;
let fixture: DrillsFixture;
useOffice(buildDrillsFixture, (scene) => ({ core, fixture } = scene));
afterEach(() => {
  delete (globalThis as Record<string, unknown>)[FLAG];
});

/** A training report template written straight into the table, past the check an upload goes through. */
function storeActiveTemplate(fileData: Buffer): string {
  const id = crypto.randomUUID();
  const at = new Date().toISOString();
  core.db
    .prepare(
      `INSERT INTO document_templates (id, kind, name, file_name, file_data, tags_json, active, created_at, updated_at)
       VALUES (?, 'training.resultReport', 'x', 'x.docx', ?, '[]', 1, ?, ?)`,
    )
    .run(id, fileData, at, at);
  return id;
}

/** What a payload could have leaked into the text had it run. */
function processTraces(): string[] {
  return [String(process.pid), process.version, process.env.HOME ?? '/root', 'function', '[object', 'undefined'];
}

function expectNoExecution(text: string[]) {
  expect((globalThis as Record<string, unknown>)[FLAG]).toBeUndefined();
  expect(process.exitCode ?? 0).toBe(0);
  const joined = text.join('\n');
  for (const trace of processTraces()) expect(joined).not.toContain(trace);
}

describe('code-like templates', () => {
  it('are refused at upload, each code-like tag named', async () => {
    const result = await core.invoke('documents.template.upload', {
      kind: 'training.resultReport',
      name: 'Mẫu độc',
      fileName: 'mau.docx',
      base64: codeLike.toString('base64'),
    });
    expect(result.ok).toBe(false);
    const error = (result as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('TEMPLATE_UNKNOWN_TAGS');
    for (const tag of ['{__proto__}', '{constructor}', '{process.pid}', '{ho_ten|upper}', '{#a}', '{b|filter}']) {
      expect(error.message).toContain(tag);
    }
    expect(error.message).toContain(`{constructor.constructor('globalThis.${FLAG} = 1; return process')()}`);
    expectNoExecution([]);
  });

  it('render as plain look-ups that find nothing, even with data present', () => {
    const out = renderTemplate(codeLike, {
      fields: { ho_ten: 'Nguyễn Văn A' },
      tables: { danh_sach: [{ ho_ten: 'Lê Văn B' }], a: [{ b: 'x' }] },
    });
    const text = docxParagraphs(out);
    expect(text[0]).toBe('Đầu');
    expect(text.slice(1, 1 + PAYLOADS.length)).toEqual(PAYLOADS.map(() => ''));
    expect(text[1 + PAYLOADS.length]).toBe('Cuối');
    expectNoExecution(text);
  });

  it('produce no execution through documents.generate when stored without the check', async () => {
    const id = storeActiveTemplate(codeLike);
    const produced = await call<ProducedDocument>(core, 'documents.generate', {
      kind: 'training.resultReport',
      courseId: fixture.course,
      date: '2026-11-27',
    });
    expect(produced.templateId).toBe(id);
    expectNoExecution(docxParagraphs(Buffer.from(produced.base64, 'base64')));
    core.db.prepare('UPDATE document_templates SET active = 0 WHERE id = ?').run(id);
  });

  it('a stored template that cannot be read stops the document with a Vietnamese message, nothing registered', async () => {
    const id = storeActiveTemplate(Buffer.from('hỏng'));
    const registered = () => (core.db.prepare('SELECT count(*) AS n FROM document_register').get() as { n: number }).n;
    const before = registered();
    const input = { kind: 'training.resultReport', courseId: fixture.course, date: '2026-11-27' };
    expect(await refusal(core, 'documents.generate', input)).toMatchObject({
      code: 'TEMPLATE_RENDER_FAILED',
      message: expect.stringContaining('Không điền được dữ liệu vào mẫu của cơ quan (tệp mẫu đã lưu không đọc được)'),
    });
    expect(registered()).toBe(before);
    // The same document with the built-in is registered: the count above could have moved.
    core.db.prepare('UPDATE document_templates SET active = 0 WHERE id = ?').run(id);
    await call(core, 'documents.generate', {
      kind: 'training.resultReport',
      courseId: fixture.course,
      date: '2026-11-27',
    });
    expect(registered()).toBe(before + 1);
  });
});
