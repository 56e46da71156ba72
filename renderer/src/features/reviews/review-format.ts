import dayjs from 'dayjs';

/** A stored UTC timestamp as the officer reads it: local time, dd/mm/yyyy HH:mm. */
export function displayDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('DD/MM/YYYY HH:mm') : '';
}
