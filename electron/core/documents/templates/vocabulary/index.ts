import { reviewVocabulary } from '../../../reviews/template-vocabulary';
import type { DocumentKind } from '../../generate-schema';
import { commonFields } from './common';
import { conscriptionVocabulary } from './conscription';
import { drillsVocabulary } from './drills';
import { forcesVocabulary } from './forces';
import type { KindVocabulary } from './types';

/** Every kind that can be filled into an office template, with its own tags (common fields apart). */
const KIND_VOCABULARIES: Partial<Record<DocumentKind, KindVocabulary>> = {
  ...conscriptionVocabulary,
  ...forcesVocabulary,
  ...drillsVocabulary,
  'review.report': reviewVocabulary,
};

/** The kind's own tags (what its snapshot holds); null when the kind takes no office template. */
export function kindVocabulary(kind: DocumentKind): KindVocabulary | null {
  return KIND_VOCABULARIES[kind] ?? null;
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
