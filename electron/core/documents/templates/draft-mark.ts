import PizZip from 'pizzip';
import { officialText } from '../../docs/official-text';
import { format, vi } from '../../messages/vi';

const BODY_START = /<w:body(\s[^>]*)?>/;
const FONT = 'Times New Roman';
/** The mark as the built-in header draws it (docs/official-header.ts): centred, bold, 13 pt. */
const MARK_PARAGRAPH =
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>` +
  `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>` +
  `</w:rPr><w:t>${officialText.draftMark}</w:t></w:r></w:p>`;

/** The tag that places the mark, written as the upload check records it in tags_json (check.ts). */
const DRAFT_TAG = format(vi.templates.fieldTag, { name: 'du_thao' });

/**
 * Whether a template places "DỰ THẢO" itself, from the tags found in it at upload (header,
 * footer and body alike). Decided from the template, never from the filled text: a filled value
 * may say "DỰ THẢO" (a title "… (DỰ THẢO)") without the template marking the draft, and a mark
 * in a page header is not in word/document.xml at all.
 */
export function placesDraftMark(tags: readonly string[]): boolean {
  return tags.includes(DRAFT_TAG);
}

/**
 * Makes sure a draft filled into an office's template says "DỰ THẢO": a template that places
 * {du_thao} shows it where the office put it; one made before that tag existed gets the mark as
 * the first line of its body, so a draft can never be taken for the issued document.
 */
export function markFilledDraft(bytes: Buffer, templatePlacesMark: boolean): Buffer {
  if (templatePlacesMark) return bytes;
  const zip = new PizZip(bytes);
  const file = zip.file('word/document.xml');
  if (!file) return bytes;
  const xml = file.asText();
  if (!BODY_START.test(xml)) return bytes;
  zip.file(
    'word/document.xml',
    xml.replace(BODY_START, (body) => body + MARK_PARAGRAPH),
  );
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
