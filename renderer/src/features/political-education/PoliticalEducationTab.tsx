/** Placeholder until the feature's screen exists. */
export function PoliticalEducationTab() {
  return null;
}
