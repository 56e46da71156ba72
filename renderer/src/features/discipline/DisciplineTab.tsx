/** Placeholder until the feature's screen exists. */
export function DisciplineTab() {
  return null;
}
