/**
 * The life of a documents test file: a test core with a fixture office built once before the file's
 * tests and closed after them (`useOffice`), documents generated on the fixtures' day, and those
 * documents rendered with LibreOffice in one soffice call (`renderDocuments`). The office fixtures
 * (forces-fixture.ts, drills-fixture.ts) say what is in the office; this says how a test file uses one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Core } from '../../electron/core/app-core';
import { call, createTestCore, refusal } from '../../electron/core/db/test-helpers';
import type { GeneratedFile } from '../../electron/core/documents/generate-schema';
import { expectOfficeHeader, type OfficeHeader } from './pdf-checks';
import { renderToPdf } from './render';

export type TestCore = ReturnType<typeof createTestCore>;

/** The day the fixture offices' documents are dated: 27/11/2026. */
export const FIXTURE_DAY = '2026-11-27';

/** `documents.generate` on the fixtures' day. */
export function generateDocument(core: Core, input: Record<string, unknown>): Promise<GeneratedFile> {
  return call<GeneratedFile>(core, 'documents.generate', { date: FIXTURE_DAY, ...input });
}

/** The error of a `documents.generate` that must be refused. */
export function generateRefusal(core: Core, input: Record<string, unknown>) {
  return refusal(core, 'documents.generate', { date: FIXTURE_DAY, ...input });
}

/**
 * Builds a fixture office on a fresh test core before the file's tests (or before each test, for
 * tests that change it: `{ each: true }`) and hands both to `receive` (typically
 * `(scene) => ({ core, fixture } = scene)`, or more setup to await); closes the core after.
 * Returns `generate` and `refusal`: `documents.generate` on that core, on the fixtures' day.
 */
export function useOffice<F>(
  build: (core: Core) => Promise<F>,
  receive: (scene: { core: TestCore; fixture: F }) => unknown = () => undefined,
  options: { each?: boolean } = {},
) {
  let core: TestCore | undefined;
  const setUp = async () => {
    core = createTestCore();
    await receive({ core, fixture: await build(core) });
  };
  const tearDown = () => core?.dispose();
  if (options.each) {
    beforeEach(setUp, 120_000);
    afterEach(tearDown);
  } else {
    beforeAll(setUp, 120_000);
    afterAll(tearDown);
  }
  return {
    generate: (input: Record<string, unknown>) => generateDocument(core!, input),
    refusal: (input: Record<string, unknown>) => generateRefusal(core!, input),
  };
}

/**
 * Generates the documents through the API on a fixture office (on the fixtures' day, numbered in
 * the order given) and renders them with LibreOffice in one soffice call, before the file's tests.
 * Needs soffice and poppler (see render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
export function renderDocuments<F>(
  build: (core: Core) => Promise<F>,
  requests: (fixture: F) => Record<string, Record<string, unknown>>,
) {
  const files: Record<string, GeneratedFile> = {};
  const pdfs: Record<string, string> = {};
  let outDir = '';
  useOffice(build, async ({ core, fixture }) => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-docs-'));
    const inputs = requests(fixture);
    for (const [name, input] of Object.entries(inputs)) files[name] = await generateDocument(core, input);
    const names = Object.keys(inputs);
    const rendered = await renderToPdf(
      names.map((n) => Buffer.from(files[n]!.base64, 'base64')),
      outDir,
    );
    names.forEach((n, i) => (pdfs[n] = rendered[i]!));
  });
  afterAll(() => {
    if (process.env.QSDP_KEEP_RENDERS) console.info(`Rendered files kept in ${outDir}`);
    else if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });
  return { files, pdfs };
}

/**
 * A fixture office's documents for its render tests: `render` (renderDocuments on that office) and
 * `expectHeader` (its Decree 30 header with a document's number).
 */
export function fixtureOfficeDocuments<F>(build: (core: Core) => Promise<F>, header: OfficeHeader) {
  return {
    render: (requests: (fixture: F) => Record<string, Record<string, unknown>>) => renderDocuments(build, requests),
    expectHeader: (pdf: string, number: string) => expectOfficeHeader(pdf, header, number),
  };
}
