/** Diễn tập – Huấn luyện → the duty tab. */
export function DutyTab() {
  return null;
}
