/** A Select's options from a catalogue's labels for a set of codes, in the catalogue's order. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
