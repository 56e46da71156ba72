import type { RegisterEntry } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { saveFile } from '../../shared/save-file';

const t = vi.register;

/** Saves the file exactly as it was issued (the stored bytes, not a rebuild). */
export async function downloadEntry(id: string): Promise<void> {
  saveFile(await api('documents.register.download', { id }));
}

/** "05/BC-BCH", or "Không số" for a document issued without a number. */
export function referenceText(entry: Pick<RegisterEntry, 'reference'>): string {
  return entry.reference ?? t.noNumber;
}

/** "Số 05/BC-BCH ngày 27/11/2026" for the entry a correction replaces (or is replaced by). */
export function linkText(link: NonNullable<RegisterEntry['replaces']>): string {
  return format(t.replacesValue, { reference: link.reference ?? t.noNumber, date: displayDate(link.issuedOn) });
}
