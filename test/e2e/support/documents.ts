import path from 'node:path';
import type { Page } from '@playwright/test';
import { pdfText, renderToPdf } from '../../docs/render';
import { test } from './fixtures';

/** A file the program handed to the browser's download, saved in the test's output folder. */
export interface SavedDownload {
  /** The name the program gave the file. */
  suggestedName: string;
  /** Where the test saved it. */
  path: string;
}

/**
 * Runs `trigger` (the click that makes the program hand over a file), catches the download and saves
 * it as `savedName` in the test's `documents` output folder.
 */
export async function saveDownload(
  page: Page,
  trigger: () => Promise<void>,
  savedName: string,
): Promise<SavedDownload> {
  const downloading = page.waitForEvent('download');
  await trigger();
  const file = await downloading;
  const saved = path.join(test.info().outputPath('documents'), savedName);
  await file.saveAs(saved);
  return { suggestedName: file.suggestedFilename(), path: saved };
}

/** Renders Word files with LibreOffice into the same output folder; returns the PDFs in the same order. */
export function renderDocuments(docxFiles: string[]): Promise<string[]> {
  return renderToPdf(docxFiles, test.info().outputPath('documents'));
}

/** pdftotext breaks table cells over lines; with one space between words a name or a sentence is found. */
export async function flatPdfText(pdf: string): Promise<string> {
  return (await pdfText(pdf)).replace(/\s+/g, ' ');
}

/** Renders one downloaded Word file and returns its text, flattened. */
export async function docxText(docx: string): Promise<string> {
  const [pdf] = await renderDocuments([docx]);
  return flatPdfText(pdf!);
}
