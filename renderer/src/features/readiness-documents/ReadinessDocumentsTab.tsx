/** Placeholder until the feature's screen exists. */
export function ReadinessDocumentsTab() {
  return null;
}
