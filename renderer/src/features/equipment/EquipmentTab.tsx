/** Placeholder until the feature's screen exists. */
export function EquipmentTab() {
  return null;
}
