/** Cài đặt → Chuyên nghiệp quân sự: the office's CNQS code list. */
export function SpecialtiesPanel() {
  return null;
}
