/**
 * Golden test of every document the office can print: the fixed office of
 * documents-golden.fixture.ts is built through the API, every kind `documents.kinds` lists is
 * generated through `documents.generate` (.docx, and .xlsx where the kind offers it), the .docx files
 * are rendered with LibreOffice and read back with `pdftotext -layout`, the .xlsx files are dumped
 * cell by cell, and the text is compared with test/golden/documents/<name>.<format>.txt. The shape
 * of the register entries (sổ văn bản đi) and which formats each kind offers are compared too.
 *
 * Only `createCore` and `core.invoke` are used, so the test holds across a rewrite of the document
 * code. A new kind fails here until it has an input below and its golden files.
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/unit/documents-golden.test.ts --config vitest.config.mts
 *
 * rewrites the golden files (review the diff before committing). Needs soffice and poppler
 * (test/docs/render.ts says how to install them).
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/app-core';
import { call, makeTempDir, removeTempDir, TEST_KEY } from '../../electron/core/db/test-helpers';
import { silentLogger } from '../../electron/core/log/logger';
import { pdfText, renderToPdf } from '../docs/render';
import { buildGoldenOffice, type GoldenOffice } from './documents-golden.fixture';

const GOLDEN_DIR = path.resolve(__dirname, '../golden/documents');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** The fixed clock: "today" for every default date, age and as-of figure. */
const NOW = new Date('2026-11-27T03:00:00Z');
/** Every document's date, so none falls back to the clock. */
const DOCUMENT_DATE = '2026-11-20';
const TIMEOUT = 90_000;

interface GenerateResult {
  fileName: string;
  mimeType: string;
  base64: string;
  number: number | null;
  typeCode: string | null;
  registerId: string | null;
}

/**
 * What each kind is generated from in the fixture office, in the order they are generated (the
 * year's counters number them in this order, whatever order `documents.kinds` lists them in).
 * A kind `documents.kinds` lists that is missing here fails the test.
 */
function inputsByKind(office: GoldenOffice): Record<string, Record<string, unknown>> {
  return {
    'conscription.calledUpList': { campaignId: office.campaign },
    'conscription.deferredList': { campaignId: office.campaign },
    'conscription.exemptedList': { campaignId: office.campaign },
    'conscription.callUpOrders': { campaignId: office.campaign },
    'conscription.age17List': { year: 2026 },
    'conscription.resultReport': { campaignId: office.campaign },
    'conscription.examSummons': {
      campaignId: office.nextCampaign,
      exam: { date: '2026-12-05', time: '7h30', place: 'Trạm Y tế phường Đức Xuân' },
    },
    'conscription.registrationCertificates': { campaignId: office.nextCampaign },
    'conscription.deferralDecisions': { campaignId: office.campaign },
    'conscription.exemptionDecisions': { campaignId: office.campaign },
    'conscription.listNotice': { campaignId: office.campaign, decisionDate: '2026-11-18' },
    'militia.roster': {},
    'militia.termEnding': { year: 2026 },
    'reserves.roster': {},
    'reserves.assignmentList': { unitId: office.reserveCompany },
    'forces.strengthSummary': {},
    'equipment.stockList': {},
    'exercises.plan': { exerciseId: office.plannedExercise },
    'exercises.resultReport': { exerciseId: office.doneExercise },
    'training.resultReport': { courseId: office.course },
    'duty.monthRoster': { year: 2026, month: 11 },
    'review.report': { reviewReportId: office.review },
  };
}

/** A few more prints of the same kinds: a draft without a number signed by another signer, a scoped roster. */
function variants(office: GoldenOffice) {
  return [
    {
      name: 'conscription.calledUpList.draft',
      input: { kind: 'conscription.calledUpList', campaignId: office.campaign, mode: 'draft', signerIndex: 1 },
    },
    {
      name: 'militia.roster.unit',
      input: { kind: 'militia.roster', unitId: office.mobilePlatoon, signerIndex: 2 },
    },
    { name: 'militia.roster.locality', input: { kind: 'militia.roster', localityId: office.commune } },
  ];
}

interface Produced {
  /** The golden file's name without ".txt": "<kind or variant>.<docx|xlsx>". */
  name: string;
  format: 'docx' | 'xlsx';
  bytes: Buffer;
}

let dataDir = '';
let renderDir = '';
let core: Core;
let kinds: string[] = [];
const missingInputs: string[] = [];
const produced: Produced[] = [];
const formats: Record<string, Record<string, string>> = {};
const texts = new Map<string, string>();
let registerShape = '';

beforeAll(async () => {
  dataDir = makeTempDir('qsdp-golden-');
  renderDir = makeTempDir('qsdp-golden-render-');
  core = createCore({ dataDir, key: TEST_KEY, log: silentLogger, now: () => NOW, actor: 'golden' });
  const office = await buildGoldenOffice(core);
  kinds = (await call<Array<{ kind: string }>>(core, 'documents.kinds', {})).map((k) => k.kind);

  const inputs = inputsByKind(office);
  missingInputs.push(...kinds.filter((kind) => !(kind in inputs)));
  // One after another, in a fixed order: the year's counters hand out the same numbers every run.
  for (const [kind, input] of Object.entries(inputs)) {
    formats[kind] = {};
    for (const format of ['docx', 'xlsx'] as const) {
      const result = await core.invoke('documents.generate', { kind, format, date: DOCUMENT_DATE, ...input });
      if (!result.ok) {
        // A kind that does not offer the format says so; any other refusal is a broken fixture or kind.
        if (format === 'docx') throw new Error(`${kind}.docx failed: ${JSON.stringify(result.error)}`);
        const fields = Object.keys(result.error.fieldErrors ?? {}).join(', ');
        formats[kind].xlsx = `refused: ${result.error.code}${fields ? ` (${fields})` : ''}`;
        continue;
      }
      const file = result.value as GenerateResult;
      const got = path.extname(file.fileName).slice(1) as 'docx' | 'xlsx';
      formats[kind][format] = got;
      // Call-up orders answer an .xlsx request with the .docx; the docx run already covers that file.
      if (got === format)
        produced.push({ name: `${kind}.${format}`, format, bytes: Buffer.from(file.base64, 'base64') });
    }
  }
  for (const variant of variants(office)) {
    const file = await call<GenerateResult>(core, 'documents.generate', { date: DOCUMENT_DATE, ...variant.input });
    produced.push({ name: `${variant.name}.docx`, format: 'docx', bytes: Buffer.from(file.base64, 'base64') });
  }

  const docx = produced.filter((p) => p.format === 'docx');
  const pdfs = await renderToPdf(
    docx.map((p) => p.bytes),
    renderDir,
  );
  for (const [i, p] of docx.entries()) texts.set(p.name, normalisePdfText(await pdfText(pdfs[i]!, { layout: true })));
  for (const p of produced.filter((x) => x.format === 'xlsx')) texts.set(p.name, await xlsxText(p.bytes));

  registerShape = JSON.stringify(await readRegisterShape(core), null, 2) + '\n';
}, TIMEOUT);

afterAll(() => {
  core?.close();
  if (dataDir) removeTempDir(dataDir);
  if (renderDir) removeTempDir(renderDir);
});

/**
 * The text as a person reads it, without LibreOffice's layout jitter: runs of spaces (column
 * alignment, centring) become one space, blank lines go, and a page break is a line of its own.
 * Nothing else is masked: the clock, every date and the order of generation are fixed, so numbers
 * ("Số: 03/DS-BCH") and dates ("ngày 20 tháng 11 năm 2026") are the same every run.
 */
function normalisePdfText(raw: string): string {
  const pages = raw
    .split('\f')
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((page) => page !== '');
  return pages.join('\n======== page break ========\n') + '\n';
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return `=${formula} → ${cellText((value.result ?? null) as ExcelJS.CellValue)}`;
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return JSON.stringify(value);
}

/** Every sheet's cells, row by row ("<row>: a | b | c"), with the merged ranges that shape the header. */
async function xlsxText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    lines.push(`## sheet: ${sheet.name}`);
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    if (merges.length > 0) lines.push(`merged: ${[...merges].sort().join(' ')}`);
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        // ExcelJS repeats a merged range's value in every cell of it: print it once, in the first.
        const covered = cell.isMerged && cell.master.address !== cell.address;
        cells[Number(cell.col) - 1] = covered ? '' : cellText(cell.value).replace(/\s+/g, ' ').trim();
      });
      while (cells.length > 0 && !cells.at(-1)) cells.pop();
      lines.push(`${rowNumber}: ${Array.from(cells, (c) => c ?? '').join(' | ')}`);
    });
  });
  return lines.join('\n') + '\n';
}

interface EntryLike {
  id: string;
  kind: string;
  format: string;
  typeCode: string | null;
  number: number | null;
  [key: string]: unknown;
}

/**
 * The register's entries by shape only: their keys (list and detail), kind, format, type code,
 * whether a number was given, and the names of the data snapshot's fields and table columns (the
 * tags an office's own template may use). Ids, times and sizes are left out.
 */
async function readRegisterShape(c: Core) {
  const rows: EntryLike[] = [];
  for (let page = 1; ; page++) {
    const result = await call<{ rows: EntryLike[]; total: number }>(c, 'documents.register.list', {
      page,
      pageSize: 200,
    });
    rows.push(...result.rows);
    if (rows.length >= result.total || result.rows.length === 0) break;
  }
  const shapes = [];
  for (const row of rows) {
    const detail = await call<EntryLike & { snapshot: { fields: object; tables: Record<string, object[]> } }>(
      c,
      'documents.register.get',
      { id: row.id },
    );
    const tables = Object.fromEntries(
      Object.entries(detail.snapshot.tables)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, tableRows]) => [name, [...new Set(tableRows.flatMap((r) => Object.keys(r)))].sort()]),
    );
    shapes.push({
      kind: row.kind,
      format: row.format,
      typeCode: row.typeCode,
      numberIsNull: row.number === null,
      keys: Object.keys(row).sort(),
      detailKeys: Object.keys(detail).sort(),
      inputKeys: Object.keys(detail.input as object).sort(),
      snapshotFields: Object.keys(detail.snapshot.fields).sort(),
      snapshotTables: tables,
    });
  }
  // The list is newest first and every entry has the same (fixed) time: order by content instead.
  return shapes.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The first lines where the two texts part, with a little context, for a failure a person can read. */
function firstDifference(expected: string, actual: string, context = 3, shown = 8): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const from = Math.max(0, i - context);
  const out = [`first difference at line ${i + 1}:`];
  for (let k = from; k < i; k++) out.push(`    ${e[k]}`);
  for (let k = i; k < Math.min(e.length, i + shown); k++) out.push(`  - ${e[k]}`);
  for (let k = i; k < Math.min(a.length, i + shown); k++) out.push(`  + ${a[k]}`);
  return out.join('\n');
}

/** Compares with (or, with UPDATE_GOLDEN=1, writes) one golden file; returns a problem or null. */
function checkGolden(fileName: string, actual: string): string | null {
  const file = path.join(GOLDEN_DIR, fileName);
  if (UPDATE) {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, actual);
    return null;
  }
  if (!fs.existsSync(file)) return `${fileName}: no golden file (run with UPDATE_GOLDEN=1 to write it, then review it)`;
  const expected = fs.readFileSync(file, 'utf8');
  return expected === actual ? null : `${fileName}: differs from the golden file\n${firstDifference(expected, actual)}`;
}

function assertNoProblems(problems: Array<string | null>): void {
  const found = problems.filter((p): p is string => p !== null);
  // A plain message: an array of multi-line strings in an expect diff would print its newlines as "\n".
  if (found.length > 0) throw new Error(`${found.length} golden file(s) do not match:\n\n${found.join('\n\n')}`);
}

describe('documents golden test', () => {
  it('has a fixture input for every document kind', () => {
    expect(kinds.length).toBeGreaterThan(0);
    expect(missingInputs, `kinds without an input in documents-golden.test.ts: ${missingInputs.join(', ')}`).toEqual(
      [],
    );
  });

  it('offers the same formats for every kind', () => {
    assertNoProblems([checkGolden('formats.json', JSON.stringify(formats, null, 2) + '\n')]);
  });

  it('prints every kind and format with the same text as its golden file', () => {
    const names = [...texts.keys()];
    // Every kind is there as .docx, and as .xlsx wherever the kind offers one.
    for (const kind of kinds) {
      expect(names).toContain(`${kind}.docx`);
      if (formats[kind]?.xlsx === 'xlsx') expect(names).toContain(`${kind}.xlsx`);
    }
    const problems = names.map((name) => checkGolden(`${name}.txt`, texts.get(name)!));
    // A golden file nothing produces any more is a kind or format that went missing.
    const expected = new Set([...names.map((n) => `${n}.txt`), 'formats.json', 'register.json']);
    const files = fs.existsSync(GOLDEN_DIR) ? fs.readdirSync(GOLDEN_DIR) : [];
    for (const stale of files.filter((f) => !expected.has(f))) {
      if (UPDATE) fs.rmSync(path.join(GOLDEN_DIR, stale));
      else problems.push(`${stale}: golden file for a document no longer produced`);
    }
    assertNoProblems(problems);
  });

  it('writes register entries of the same shape', () => {
    assertNoProblems([checkGolden('register.json', registerShape)]);
  });
});
