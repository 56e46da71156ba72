import { vi } from '../messages/vi';
import { documentKinds, type DocumentKind } from './generate-schema';

/** A document kind's Vietnamese name ("Danh sách công dân nhập ngũ"), from the one catalogue. */
export function documentKindLabel(kind: string): string {
  return vi.templates.kinds[kind] ?? kind;
}

/** Every kind with its name, in the order of `documentKinds`: the screens' kind filters read these. */
export function documentKindOptions(): Array<{ kind: DocumentKind; label: string }> {
  return documentKinds.map((kind) => ({ kind, label: documentKindLabel(kind) }));
}
