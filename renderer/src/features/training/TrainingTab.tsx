/** Diễn tập – Huấn luyện → the training tab. */
export function TrainingTab() {
  return null;
}
