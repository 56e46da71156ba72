import { documentKindLabels, type DocumentKindCode } from '../../../vocabulary/documents';
import { documentKinds, type DocumentKind } from './generate-schema';

// The shared vocabulary names exactly the kinds the core prints: a kind added on either side alone fails here.
const LABELS: { [K in DocumentKind | DocumentKindCode]: K extends DocumentKind ? string : never } = documentKindLabels;

/** A document kind's Vietnamese name ("Danh sách công dân nhập ngũ"), from the shared vocabulary. */
export function documentKindLabel(kind: string): string {
  return kind in LABELS ? LABELS[kind as DocumentKind] : kind;
}

/** Every kind with its name, in the order of `documentKinds`: the screens' kind filters read these. */
export function documentKindOptions(): Array<{ kind: DocumentKind; label: string }> {
  return documentKinds.map((kind) => ({ kind, label: LABELS[kind] }));
}
