/**
 * Renders a full example report with LibreOffice and checks what a clerk would check on paper:
 * the header's wording and geometry (Decree 30/2020, Annex I), the list, page numbers and the
 * repeated table header, the closing block. Needs soffice and poppler (see test/docs/render.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCitizens, exampleReport } from '../../../test/docs/example-report';
import { darkPixels, horizontalLines, type HorizontalLine } from '../../../test/docs/pdf-image';
import { pdfPageCount, pdfPageGray, pdfText, pdfWords, renderToPdf, type WordBox } from '../../../test/docs/render';
import { packDocx } from './official-format';
import { expectAllIn } from '../db/test-helpers';

const MM = 72 / 25.4; // points per millimetre
const PAGE_HEIGHT = 297 * MM;
const TOP_MARGIN = 20 * MM;
const TEXT_CENTRE = (30 + 165 / 2) * MM;
const HEADER_SPLIT = (30 + 70) * MM; // the boundary between the header's two columns
const DPI = 100;
const px = (points: number) => (points * DPI) / 72;

let dir = '';
let pdf = '';
let pages = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qsdp-docs-'));
  const docx = await packDocx(exampleReport());
  const started = performance.now();
  [pdf = ''] = await renderToPdf([docx], dir);
  console.info(`LibreOffice converted the example report in ${Math.round(performance.now() - started)} ms`);
  pages = await pdfPageCount(pdf);
}, 60_000);

afterAll(async () => {
  if (process.env.QSDP_KEEP_RENDERS) console.info(`Rendered files kept in ${dir}`);
  else if (dir) await rm(dir, { recursive: true, force: true });
});

/** The words on the line that starts with `first` (same top edge), left to right. */
function lineOf(words: readonly WordBox[], first: string): WordBox[] {
  const start = words.find((w) => w.text === first);
  if (!start) throw new Error(`"${first}" not on the page`);
  return words.filter((w) => Math.abs(w.yMin - start.yMin) < 1).sort((a, b) => a.xMin - b.xMin);
}

function span(words: readonly WordBox[]): { x0: number; x1: number; bottom: number } {
  return {
    x0: Math.min(...words.map((w) => w.xMin)),
    x1: Math.max(...words.map((w) => w.xMax)),
    bottom: Math.max(...words.map((w) => w.yMax)),
  };
}

/** The first rule below `bottom` (points) and within 12 pt of it, in page points. */
function ruleBelow(lines: readonly HorizontalLine[], bottom: number, x0: number, x1: number) {
  const found = lines.find((l) => l.y >= px(bottom) - 2 && l.y <= px(bottom + 12) && l.x0 < px(x1) && l.x1 > px(x0));
  if (!found) throw new Error(`no rule below y=${bottom.toFixed(1)}pt`);
  return { x0: (found.x0 * 72) / DPI, x1: ((found.x1 + 1) * 72) / DPI };
}

describe('example report rendered by LibreOffice', () => {
  it('prints the header text of Decree 30', async () => {
    const lines = (await pdfText(pdf, { firstPage: 1, lastPage: 1, layout: true })).split('\n');
    // Layout mode puts the two columns side by side: the national title must be whole on one line.
    expect(
      lines.some((l) => l.includes('BỘ CHQS TỈNH BẮC KẠN') && l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
    ).toBe(true);
    expect(lines.some((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
    expect(lines.some((l) => l.includes('Số: 05/BC-BCH') && l.includes('Bắc Kạn, ngày 05 tháng 02 năm 2024'))).toBe(
      true,
    );
    const text = await pdfText(pdf, { firstPage: 1, lastPage: 1 });
    expectAllIn(text, ['THÀNH PHỐ BẮC KẠN', 'BÁO CÁO', 'Kết quả công tác tuyển quân năm 2024']);
  });

  it('keeps the national title on one line in the right column', async () => {
    const title = lineOf(await pdfWords(pdf, 1), 'CỘNG').filter((w) => w.xMin > HEADER_SPLIT - 1);
    expect(title.map((w) => w.text).join(' ')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('draws the header and title rules at the lengths Decree 30 gives', async () => {
    const words = await pdfWords(pdf, 1);
    const image = await pdfPageGray(pdf, 1, DPI);
    const titleTop = (words.find((w) => w.text === 'BÁO')?.yMin ?? 0) / PAGE_HEIGHT;
    const rules = horizontalLines(image, { top: 0, bottom: titleTop + 0.06 }, px(10 * MM));

    // The motto's rule runs its full length (estimated from font metrics: allow 8%).
    const motto = span(lineOf(words, 'Độc'));
    const mottoRule = ruleBelow(rules, motto.bottom, motto.x0, motto.x1);
    expect((mottoRule.x1 - mottoRule.x0) / (motto.x1 - motto.x0)).toBeGreaterThan(0.92);
    expect((mottoRule.x1 - mottoRule.x0) / (motto.x1 - motto.x0)).toBeLessThan(1.08);

    // The issuing body's and the summary's rules: 1/3 to 1/2 of the line above, centred under it.
    for (const first of ['THÀNH', 'Kết']) {
      const text = span(lineOf(words, first).filter((w) => first !== 'THÀNH' || w.xMax < HEADER_SPLIT));
      const rule = ruleBelow(rules, text.bottom, text.x0, text.x1);
      const share = (rule.x1 - rule.x0) / (text.x1 - text.x0);
      expect(share, first).toBeGreaterThanOrEqual(1 / 3);
      expect(share, first).toBeLessThanOrEqual(1 / 2);
      expect(Math.abs((rule.x0 + rule.x1) / 2 - (text.x0 + text.x1) / 2), first).toBeLessThan(3);
    }
  });

  it('lists every citizen, with diacritics, in order, over several pages', async () => {
    expect(pages).toBeGreaterThan(1);
    const text = await pdfText(pdf);
    let from = 0;
    for (const citizen of exampleCitizens()) {
      const at = text.indexOf(citizen.name, from);
      expect(at, citizen.name).toBeGreaterThanOrEqual(0);
      from = at + citizen.name.length;
    }
  });

  it('repeats the table header on every page the table runs over', async () => {
    const last = exampleCitizens().at(-1)?.name ?? '';
    for (let page = 1; page <= pages; page++) {
      const text = await pdfText(pdf, { firstPage: page, lastPage: page });
      expect(text, `page ${page}`).toContain('Họ và tên');
      if (text.includes(last)) break;
    }
  });

  it('numbers pages at the top centre from page 2, not on page 1', async () => {
    const first = (await pdfText(pdf, { firstPage: 1, lastPage: 1, layout: true })).trimStart();
    expect(first.startsWith('1')).toBe(false);
    expect((await pdfWords(pdf, 1)).filter((w) => w.yMax < TOP_MARGIN)).toEqual([]);
    for (const page of [2, pages]) {
      const above = (await pdfWords(pdf, page)).filter((w) => w.yMax < TOP_MARGIN);
      expect(above.map((w) => w.text)).toEqual([String(page)]);
      const centre = ((above[0]?.xMin ?? 0) + (above[0]?.xMax ?? 0)) / 2;
      expect(Math.abs(centre - TEXT_CENTRE), `page ${page}`).toBeLessThan(3 * MM);
    }
    // The same seen as ink: the band above the text area is blank paper on page 1 only.
    const band = { top: 0, bottom: TOP_MARGIN / PAGE_HEIGHT - 0.005 };
    expect(darkPixels(await pdfPageGray(pdf, 1), band)).toBe(0);
    expect(darkPixels(await pdfPageGray(pdf, 2), band)).toBeGreaterThan(0);
  });

  it('ends with the recipients and the signature block', async () => {
    const text = await pdfText(pdf, { firstPage: pages, lastPage: pages });
    expectAllIn(text, [
      'Nơi nhận:',
      '- Bộ CHQS tỉnh (để b/c);',
      '- Lưu: VT, TM.',
      'KT. CHỈ HUY TRƯỞNG',
      'PHÓ CHỈ HUY TRƯỞNG',
      'Trung tá Hoàng Văn Minh',
    ]);
  });
});
