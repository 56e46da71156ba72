/** A label object's keys, in the order written: the codes of an enumeration (and a zod enum's values). */
export function keysOf<K extends string>(labels: Readonly<Record<K, unknown>>): readonly [K, ...K[]] {
  return Object.keys(labels) as unknown as readonly [K, ...K[]];
}
