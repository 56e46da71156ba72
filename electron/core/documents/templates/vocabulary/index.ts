import { familyOf } from '../../families';
import type { DocumentKind } from '../../generate-schema';
import { commonFields } from './common';
import type { KindVocabulary } from './types';

/** The kind's own tags (what its snapshot holds); null when the kind takes no office template. */
export function kindVocabulary(kind: DocumentKind): KindVocabulary | null {
  return familyOf(kind).vocabulary[kind] ?? null;
}

/** Every tag a template of the kind may use: the common fields first, then the kind's own. */
export function templateVocabulary(kind: DocumentKind): KindVocabulary | null {
  const own = kindVocabulary(kind);
  if (!own) return null;
  return {
    fields: [...commonFields, ...own.fields.filter((f) => !commonFields.includes(f as never))],
    tables: own.tables,
  };
}
