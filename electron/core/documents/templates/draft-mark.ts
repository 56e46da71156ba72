import PizZip from 'pizzip';
import { officialText } from '../../docs/official-text';

const BODY_START = /<w:body(\s[^>]*)?>/;
const FONT = 'Times New Roman';
/** The mark as the built-in header draws it (docs/official-header.ts): centred, bold, 13 pt. */
const MARK_PARAGRAPH =
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>` +
  `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>` +
  `</w:rPr><w:t>${officialText.draftMark}</w:t></w:r></w:p>`;

/**
 * Makes sure a draft filled into an office's template says "DỰ THẢO": a template that places
 * {du_thao} shows it where the office put it; one made before that tag existed gets the mark as
 * the first line of its body, so a draft can never be taken for the issued document.
 */
export function markFilledDraft(bytes: Buffer): Buffer {
  const zip = new PizZip(bytes);
  const file = zip.file('word/document.xml');
  if (!file) return bytes;
  const xml = file.asText();
  if (xml.includes(officialText.draftMark) || !BODY_START.test(xml)) return bytes;
  zip.file(
    'word/document.xml',
    xml.replace(BODY_START, (body) => body + MARK_PARAGRAPH),
  );
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
