import PizZip from 'pizzip';

/**
 * Reads a .docx the core made into pages of paragraphs and tables, for the preview drawn in the
 * window (no Word, no network). Only what our documents use is read: text runs with bold, italics
 * and underline, alignment, line and page breaks, section ends, and tables (nested too). Pages end
 * where the document breaks them (a page break, a new section: one order or decision per page);
 * a long list stays one long page, as the preview is for reading, not for checking the layout.
 */

export interface PreviewRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface PreviewParagraph {
  type: 'p';
  align: 'left' | 'center' | 'right' | 'justify';
  /** Runs; a `\n` in a run's text is a line break. */
  runs: PreviewRun[];
}

export interface PreviewTable {
  type: 'table';
  rows: PreviewBlock[][][];
}

export type PreviewBlock = PreviewParagraph | PreviewTable;

const children = (node: Element, name?: string) =>
  Array.from(node.children).filter((c) => name === undefined || c.localName === name);
const child = (node: Element | undefined, name: string) => (node ? children(node, name)[0] : undefined);
const val = (node: Element | undefined) => node?.getAttribute('w:val') ?? node?.getAttributeNS('*', 'val') ?? null;
const on = (node: Element | undefined) => node !== undefined && !['0', 'false', 'none'].includes(val(node) ?? '');

const ALIGN: Record<string, PreviewParagraph['align']> = {
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
};

interface Reader {
  pages: PreviewBlock[][];
}

function paragraphOf(p: Element, reader: Reader | null): PreviewParagraph {
  const pPr = child(p, 'pPr');
  const runs: PreviewRun[] = [];
  const paragraph: PreviewParagraph = { type: 'p', align: ALIGN[val(child(pPr, 'jc')) ?? ''] ?? 'left', runs };
  if (reader && on(child(pPr, 'pageBreakBefore'))) reader.pages.push([]);
  for (const r of children(p).flatMap((c) => (c.localName === 'r' ? [c] : children(c, 'r')))) {
    const rPr = child(r, 'rPr');
    const style = { bold: on(child(rPr, 'b')), italic: on(child(rPr, 'i')), underline: on(child(rPr, 'u')) };
    for (const part of children(r)) {
      if (part.localName === 't') runs.push({ ...style, text: part.textContent ?? '' });
      else if (part.localName === 'tab') runs.push({ ...style, text: '\t' });
      else if (part.localName === 'br' && part.getAttribute('w:type') === 'page' && reader) {
        reader.pages.at(-1)!.push({ ...paragraph, runs: runs.splice(0) });
        reader.pages.push([]);
      } else if (part.localName === 'br') runs.push({ ...style, text: '\n' });
    }
  }
  return paragraph;
}

function tableOf(tbl: Element): PreviewTable {
  return {
    type: 'table',
    rows: children(tbl, 'tr').map((tr) => children(tr, 'tc').map((tc) => blocksOf(tc, null))),
  };
}

/** The blocks of a body or a cell; with a reader, breaks start new pages. */
function blocksOf(node: Element, reader: Reader | null): PreviewBlock[] {
  const blocks: PreviewBlock[] = [];
  for (const c of children(node)) {
    const target = reader ? reader.pages.at(-1)! : blocks;
    if (c.localName === 'p') {
      const paragraph = paragraphOf(c, reader);
      (reader ? reader.pages.at(-1)! : blocks).push(paragraph);
      // A paragraph carrying a section's properties ends that section: the next starts a page.
      if (reader && child(child(c, 'pPr'), 'sectPr')) reader.pages.push([]);
    } else if (c.localName === 'tbl') target.push(tableOf(c));
  }
  return blocks;
}

/**
 * The pages of a .docx given as base64 (as the API carries files). The zip is read by pizzip, the
 * library the core reads office templates with, so both sides read a .docx the same way. (Still a
 * promise: the preview reads it once the dialog is drawn.)
 */
export async function docxPages(base64: string): Promise<PreviewBlock[][]> {
  const entry = new PizZip(base64, { base64: true }).file('word/document.xml');
  if (!entry) throw new Error('word/document.xml missing');
  const xml = entry.asText();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const body = Array.from(doc.getElementsByTagName('*')).find((e) => e.localName === 'body');
  if (!body) throw new Error('no body');
  const reader: Reader = { pages: [[]] };
  blocksOf(body, reader);
  return reader.pages.filter((page) => page.length > 0);
}
