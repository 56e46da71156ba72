/** Cài đặt → Cán bộ cơ quan: the office's officers and employees, and who signs documents. */
export function StaffPanel() {
  return null;
}
