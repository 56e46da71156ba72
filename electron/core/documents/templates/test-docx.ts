/**
 * Test helpers: a real, minimal Word file written by hand (the parts Word itself needs), so a test
 * states its template's text exactly; and the text of a produced file read back paragraph by paragraph.
 */
import PizZip from 'pizzip';

const contentTypes = (header: boolean) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
${header ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\n' : ''}</Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const HEADER_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>`;
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;

/**
 * A body of paragraphs and (optionally) a one-row table whose cells hold `row`, and a page header
 * of `header` paragraphs (word/header1.xml) when given.
 */
export function minimalDocx(
  paragraphs: readonly string[],
  row?: readonly string[],
  header?: readonly string[],
): Buffer {
  const table = row ? `<w:tbl><w:tr>${row.map((c) => `<w:tc>${paragraph(c)}</w:tc>`).join('')}</w:tr></w:tbl>` : '';
  const section = header ? `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/></w:sectPr>` : '';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W_NS} ${R_NS}><w:body>${paragraphs
    .map(paragraph)
    .join('')}${table}${paragraph('')}${section}</w:body></w:document>`;
  const zip = new PizZip();
  zip.file('[Content_Types].xml', contentTypes(header !== undefined));
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', document);
  if (header) {
    zip.file('word/_rels/document.xml.rels', HEADER_RELS);
    zip.file(
      'word/header1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W_NS}>${header.map(paragraph).join('')}</w:hdr>`,
    );
  }
  return zip.generate({ type: 'nodebuffer' });
}

/** The text of each paragraph of a .docx part (the body unless told; table cells included), as Word would show it. */
export function docxParagraphs(bytes: Buffer, part = 'word/document.xml'): string[] {
  const xml = new PizZip(bytes).file(part)!.asText();
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1]!)
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}
