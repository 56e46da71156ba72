/**
 * Test helpers that render .docx files with LibreOffice and read the PDF back with poppler:
 * text with pdftotext, page count with pdfinfo, page images with pdftoppm. CI installs
 * libreoffice-writer-nogui, fonts-liberation2 and poppler-utils (toolchain.md).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parsePgm, type GrayImage } from './pdf-image';

const run = promisify(execFile);
const INSTALL_HINT =
  'apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils';

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/** Fails with the install line rather than a bare ENOENT from deep inside execFile. */
export function requireTool(command: string): void {
  if (!onPath(command)) throw new Error(`Document tests need "${command}" on PATH. Install: ${INSTALL_HINT}`);
}

/**
 * Converts the documents to PDF in ONE soffice call (its start-up is most of the cost) and returns
 * the PDF paths in input order. Buffers are written to `outDir` first as doc-<n>.docx. Each call
 * gets its own throwaway profile folder: two soffice processes sharing one block or fail each other,
 * and Vitest runs test files in parallel.
 */
export async function renderToPdf(inputs: readonly (Buffer | string)[], outDir: string): Promise<string[]> {
  requireTool('soffice');
  await mkdir(outDir, { recursive: true });
  const docxPaths = await Promise.all(
    inputs.map(async (input, i) => {
      if (typeof input === 'string') return resolve(input);
      const path = join(outDir, `doc-${i + 1}.docx`);
      await writeFile(path, input);
      return path;
    }),
  );
  const profile = await mkdtemp(join(tmpdir(), 'qsdp-lo-profile-'));
  try {
    await run(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxPaths,
      ],
      { timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdfs = docxPaths.map((path) => join(outDir, `${basename(path, extname(path))}.pdf`));
  const missing = pdfs.filter((pdf) => !existsSync(pdf));
  // soffice exits 0 even when it could not load a file, so check what it produced.
  if (missing.length > 0) throw new Error(`LibreOffice did not produce: ${missing.join(', ')}`);
  return pdfs;
}

export interface PdfTextOptions {
  firstPage?: number;
  lastPage?: number;
  /** pdftotext -layout: keep the physical layout (columns side by side, centring as spaces). */
  layout?: boolean;
}

export async function pdfText(pdf: string, options: PdfTextOptions = {}): Promise<string> {
  requireTool('pdftotext');
  const args = ['-enc', 'UTF-8'];
  if (options.firstPage !== undefined) args.push('-f', String(options.firstPage));
  if (options.lastPage !== undefined) args.push('-l', String(options.lastPage));
  if (options.layout) args.push('-layout');
  const { stdout } = await run('pdftotext', [...args, pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function pdfPageCount(pdf: string): Promise<number> {
  requireTool('pdfinfo');
  const { stdout } = await run('pdfinfo', [pdf]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(match[1]);
}

/** Renders one page to PNG (50 dpi unless told) for a person to look at; returns its path. */
export async function pdfPageImage(pdf: string, pageNumber: number, dpi = 50): Promise<string> {
  requireTool('pdftoppm');
  const prefix = pdf.replace(/\.pdf$/i, '') + `-page-${pageNumber}`;
  const range = ['-f', String(pageNumber), '-l', String(pageNumber)];
  await run('pdftoppm', ['-png', '-r', String(dpi), ...range, '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

/** Renders one page in grey (pdftoppm -gray writes a binary PGM) and decodes it, no image library needed. */
export async function pdfPageGray(pdf: string, pageNumber: number, dpi = 50): Promise<GrayImage> {
  requireTool('pdftoppm');
  const dir = await mkdtemp(join(tmpdir(), 'qsdp-pgm-'));
  try {
    const prefix = join(dir, 'page');
    const range = ['-f', String(pageNumber), '-l', String(pageNumber)];
    await run('pdftoppm', ['-gray', '-r', String(dpi), ...range, '-singlefile', pdf, prefix]);
    return parsePgm(await readFile(`${prefix}.pgm`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface WordBox {
  text: string;
  /** Position on the page in points (1/72 inch) from the top-left corner. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Every word on a page with its box (pdftotext -bbox), for checks on where text was placed. */
export async function pdfWords(pdf: string, pageNumber: number): Promise<WordBox[]> {
  requireTool('pdftotext');
  const range = ['-f', String(pageNumber), '-l', String(pageNumber)];
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', ...range, pdf, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const words: WordBox[] = [];
  const pattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of stdout.matchAll(pattern)) {
    const text = (m[5] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity);
    words.push({ text, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return words;
}
