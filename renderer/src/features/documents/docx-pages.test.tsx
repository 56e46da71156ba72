import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../../test/core-harness';
import { officeProfile, personInput, seedLocality, seedMilitiaMembers, seedMobilePlatoon } from '../../../test/seed';
import { docxPages, type PreviewBlock, type PreviewParagraph, type PreviewTable } from './docx-pages';

const textOf = (block: PreviewBlock): string =>
  block.type === 'p'
    ? block.runs.map((run) => run.text).join('')
    : block.rows.map((row) => row.map((cell) => cell.map(textOf).join(' ')).join(' | ')).join('\n');

const paragraphs = (page: PreviewBlock[]) => page.filter((b): b is PreviewParagraph => b.type === 'p');

/** Two citizens screened for a campaign: the exam summons then has one page each. */
async function twoScreened(office: TestOffice): Promise<string> {
  const ward = await seedLocality(office);
  const campaign = await office.call('conscription.campaign.create', {
    year: 2027,
    handoverStart: '2027-02-24',
    handoverEnd: '2027-02-24',
  });
  for (const name of ['Nông Văn Tiến', 'Hoàng Văn Sơn']) {
    const person = await office.call('people.create', personInput(name, '2006-03-15', { localityId: ward.id }));
    const record = await office.call('conscription.record.create', {
      campaignId: campaign.id,
      personId: person.id,
      state: 'pool',
      onDate: '2026-09-01',
    });
    await office.call('conscription.record.transition', {
      recordId: record.id,
      version: record.version,
      to: 'screening_passed',
      onDate: '2026-10-20',
    });
  }
  return campaign.id;
}

describe('the preview reads a .docx the core made', () => {
  it('a draft of the militia roster: one page, the centred bold title, DỰ THẢO, the header and the members as tables', async () => {
    const office = openTestOffice();
    await office.call('office.update', officeProfile());
    const ward = await seedLocality(office);
    const platoon = await seedMobilePlatoon(office, ward.id);
    await seedMilitiaMembers(office, ward.id, [['Hoàng Văn Thái', platoon.id]]);
    const file = await office.call('documents.generate', { kind: 'militia.roster', format: 'docx', mode: 'draft' });

    const pages = await docxPages(file.base64);
    expect(pages).toHaveLength(1);
    const [page] = pages;
    const all = page!.map(textOf).join('\n');
    expect(all).toContain('DỰ THẢO');
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const title = paragraphs(page!).find((p) => textOf(p) === 'DANH SÁCH DÂN QUÂN TỰ VỆ');
    expect(title).toMatchObject({ align: 'center' });
    expect(title!.runs.every((run) => run.bold)).toBe(true);
    const tables = page!.filter((b): b is PreviewTable => b.type === 'table');
    expect(tables.map(textOf).join('\n')).toContain('Hoàng Văn Thái');
  });

  it('an issued exam summons for two citizens: a page each, each naming its citizen', async () => {
    const office = openTestOffice();
    await office.call('office.update', officeProfile());
    const campaignId = await twoScreened(office);
    const file = await office.call('documents.generate', {
      kind: 'conscription.examSummons',
      format: 'docx',
      campaignId,
      exam: { date: '2026-12-06', time: '07:30', place: 'Trạm Y tế' },
    });

    const pages = await docxPages(file.base64);
    expect(pages).toHaveLength(2);
    const texts = pages.map((page) => page.map(textOf).join('\n'));
    // Ordered by given name: Sơn, then Tiến.
    expect(texts[0]).toContain('Hoàng Văn Sơn');
    expect(texts[0]).not.toContain('Nông Văn Tiến');
    expect(texts[1]).toContain('Nông Văn Tiến');
    expect(texts[1]).toContain('LỆNH GỌI KHÁM SỨC KHỎE NGHĨA VỤ QUÂN SỰ');
  });

  it('reads a stored (uncompressed) entry, a page break inside a paragraph, line breaks and justified text', async () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const xml =
      `<w:document ${w}><w:body>` +
      '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>một</w:t><w:br/><w:t>hai</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>trước</w:t><w:br w:type="page"/><w:t>sau</w:t></w:r></w:p>' +
      '</w:body></w:document>';
    const zip = new PizZip();
    zip.file('word/document.xml', xml, { compression: 'STORE' });
    const base64 = zip.generate({ type: 'base64' });

    const pages = await docxPages(base64);
    expect(pages.map((page) => page.map(textOf))).toEqual([['một\nhai', 'trước'], ['sau']]);
    expect(pages[0]![0]).toMatchObject({ align: 'justify', runs: [{ text: 'một', italic: true }, {}, {}] });
  });

  it('refuses what is not a .docx', async () => {
    await expect(docxPages(btoa('not a zip'))).rejects.toThrow();
    const zip = new PizZip();
    zip.file('other.xml', '<x/>');
    await expect(docxPages(zip.generate({ type: 'base64' }))).rejects.toThrow();
  });
});
