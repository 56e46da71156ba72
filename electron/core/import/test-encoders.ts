/**
 * Unicode → TCVN3 / VNI, for tests and fixture workbooks only: the program never
 * writes legacy text, but round trips through these prove the decoders cover
 * every letter.
 */
import { tcvn3EncodeTable, vniEncodeTable } from './legacy-tables';

const TCVN3 = tcvn3EncodeTable();
const VNI = vniEncodeTable();

/** Upper-case toned letters are written with the lower-case codes, as the ABC capital fonts expect. */
export function unicodeToTcvn3(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC'))
    out += TCVN3.get(char) ?? (char > '\u007f' ? TCVN3.get(char.toLowerCase()) : undefined) ?? char;
  return out;
}

export function unicodeToVni(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += VNI.get(char) ?? char;
  return out;
}
