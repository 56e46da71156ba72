import type { DocumentSnapshot, SnapshotValue } from '../../generate-schema';

/**
 * The tags one document kind offers a template: its field names and, per table (a loop in the
 * template), the column names. Descriptions live in the catalogue (`vi.templates.tags`).
 */
export interface KindVocabulary {
  fields: readonly string[];
  tables: Readonly<Record<string, readonly string[]>>;
}

export type SnapshotRow = Record<string, SnapshotValue>;

/** An empty snapshot to fill: every table of the vocabulary present, so a loop over it renders nothing. */
export function emptySnapshot(vocabulary: KindVocabulary): DocumentSnapshot {
  return {
    fields: {},
    tables: Object.fromEntries(Object.keys(vocabulary.tables).map((name) => [name, []])),
  };
}

/** One vocabulary per kind from a per-kind table description. */
export function mapKinds<K extends string, T>(spec: Record<K, T>, toVocabulary: (value: T, kind: K) => KindVocabulary) {
  const out = {} as Record<K, KindVocabulary>;
  for (const kind of Object.keys(spec) as K[]) out[kind] = toVocabulary(spec[kind], kind);
  return out;
}
