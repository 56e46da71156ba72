/** Placeholder until the feature's screen exists. */
export function DefenceEducationTab() {
  return null;
}
