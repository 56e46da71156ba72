/** Placeholder until the feature's screen exists. */
export function PolicyTab() {
  return null;
}
