import { documentKindLabels, type DocumentKindCode } from '../../../vocabulary/documents';
import { vi } from '../messages/vi';
import { documentKinds, type DocumentKind } from './generate-schema';

// The shared vocabulary names exactly the kinds the core prints: a kind added on either side alone fails here.
const LABELS: { [K in DocumentKind | DocumentKindCode]: K extends DocumentKind ? string : never } = documentKindLabels;

/** What the register holds besides printed documents: the data bundles sent upward (exchange/sending). */
const REGISTER_ONLY: Record<string, string> = { 'exchange.bundle': vi.exchange.bundleKind };

/** A document kind's Vietnamese name ("Danh sách công dân nhập ngũ"), from the shared vocabulary. */
export function documentKindLabel(kind: string): string {
  return kind in LABELS ? LABELS[kind as DocumentKind] : (REGISTER_ONLY[kind] ?? kind);
}

/** Every kind with its name, in the order of `documentKinds`: the screens' kind filters read these. */
export function documentKindOptions(): Array<{ kind: DocumentKind; label: string }> {
  return documentKinds.map((kind) => ({ kind, label: LABELS[kind] }));
}
