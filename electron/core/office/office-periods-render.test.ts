/**
 * The office's history on paper: the same document kind generated through the API dated before
 * and after the office changed (the city command until 30/06/2025, the ward command under the
 * merged province from 01/07/2025) prints the header and signer in force on its date; and a
 * document the law gives to the commune chairman prints the People's Committee with no parent body,
 * signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". Rendered with LibreOffice in one soffice call.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOfficeHeader } from '../../../test/docs/pdf-checks';
import { pdfText, renderToPdf } from '../../../test/docs/render';
import { call, createTestCore } from '../db/test-helpers';
import type { GeneratedFile } from '../documents/generate-schema';
import { bodyParagraph, buildOfficialDocument, packDocx, signatureFromSigner } from '../docs/official-format';
import { createPerson } from '../people/test-steps';
import { issuerFor } from './issuing-authority';
import type { OfficeProfile } from './schema';
import { addOfficePeriod, setOffice } from './test-steps';

const pdfs = { before: '', after: '', committee: '' };
let dir = '';
let core: ReturnType<typeof createTestCore> | undefined;

beforeAll(async () => {
  core = createTestCore();
  await setOffice(core);
  await addOfficePeriod(core);
  // One man turning 17 in each year: the age-17 lists of January 2025 and January 2026.
  await createPerson(core, 'Hà Văn Bình', { birthDate: '2008-03-09', sex: 'M' });
  await createPerson(core, 'Triệu Văn Cường', { birthDate: '2009-05-11', sex: 'M' });
  const generate = (input: Record<string, unknown>) => call<GeneratedFile>(core!, 'documents.generate', input);
  const before = await generate({ kind: 'conscription.age17List', year: 2025, date: '2025-01-10', number: 2 });
  const after = await generate({ kind: 'conscription.age17List', year: 2026, date: '2026-01-12', number: 3 });
  // A call to first registration (its document kind comes with the per-citizen paperwork): the
  // issuer the pipeline hands every family for it, laid out by the engine.
  const ward = await call<OfficeProfile>(core, 'office.get', { on: '2026-04-01' });
  const issuer = issuerFor(ward, 'conscription.firstRegistrationCall', '2026-04-01', ward.signers[0]!);
  const committee = buildOfficialDocument({
    office: issuer.office,
    number: 7,
    typeCode: 'TB',
    date: '2026-04-01',
    title: 'THÔNG BÁO',
    summary: 'Gọi công dân đăng ký nghĩa vụ quân sự lần đầu',
    body: [bodyParagraph('Nội dung thông báo.')],
    recipients: ['Ban CHQS phường'],
    signature: signatureFromSigner(issuer.signer),
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-office-periods-'));
  const buffers = [
    Buffer.from(before.base64, 'base64'),
    Buffer.from(after.base64, 'base64'),
    await packDocx(committee),
  ];
  const [beforePdf, afterPdf, committeePdf] = await renderToPdf(buffers, dir);
  Object.assign(pdfs, { before: beforePdf, after: afterPdf, committee: committeePdf });
}, 120_000);

afterAll(() => {
  core?.dispose();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const firstPage = (pdf: string) => pdfText(pdf, { firstPage: 1, lastPage: 1, layout: true });

describe('documents print the office profile in force on their date', () => {
  it('a list dated 10/01/2025 prints the city command under the Bắc Kạn provincial command', async () => {
    await expectOfficeHeader(
      pdfs.before,
      {
        parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
        officeName: 'BAN CHQS THÀNH PHỐ BẮC KẠN',
        placeAndDate: 'Bắc Kạn, ngày 10 tháng 01 năm 2025',
      },
      'Số: 02/DS-BCH',
    );
    const text = await pdfText(pdfs.before);
    expect(text).toContain('Hoàng Văn Minh');
    expect(text).not.toContain('THÁI NGUYÊN');
    expect(text).not.toContain('ĐỨC XUÂN');
  });

  it('a list dated 12/01/2026 prints the ward command under the Thái Nguyên provincial command, and its commander', async () => {
    await expectOfficeHeader(
      pdfs.after,
      {
        parentBody: 'BỘ CHQS TỈNH THÁI NGUYÊN',
        officeName: 'BAN CHQS PHƯỜNG ĐỨC XUÂN',
        placeAndDate: 'Đức Xuân, ngày 12 tháng 01 năm 2026',
      },
      'Số: 03/DS-BCH',
    );
    const text = await pdfText(pdfs.after);
    expect(text).toContain('Lường Văn Khánh');
    expect(text).not.toContain('Hoàng Văn Minh');
    expect(text).not.toContain('BẮC KẠN');
  });

  it('a document of the commune chairman prints the People’s Committee without a parent body, signed on its behalf', async () => {
    const lines = (await firstPage(pdfs.committee)).split('\n');
    const titleLine = lines.find((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))!;
    // The committee's name starts on the national title's line: no parent body above it.
    expect(titleLine).toContain('ỦY BAN NHÂN DÂN');
    expect(titleLine).not.toContain('BỘ CHQS');
    expect(lines.some((l) => l.includes('Số: 07/TB-UBND') && l.includes('Đức Xuân, ngày 01 tháng 4 năm 2026'))).toBe(
      true,
    );
    const text = (await pdfText(pdfs.committee)).replace(/\s+/g, ' ');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH');
    expect(text).toContain('Nông Thị Hà');
    expect(text).not.toContain('Lường Văn Khánh');
  });
});
