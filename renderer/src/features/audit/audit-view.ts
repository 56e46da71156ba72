import dayjs from 'dayjs';

/** An audit time as users read it: dd/mm/yyyy HH:mm on this PC's clock. */
export function displayDateTime(iso: string): string {
  return dayjs(iso).format('DD/MM/YYYY HH:mm');
}
