/** Diễn tập – Huấn luyện → the exercises tab. */
export function ExercisesTab() {
  return null;
}
