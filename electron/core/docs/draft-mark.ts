/**
 * Whether the document being laid out is a draft (bản nháp). The mark belongs in the header of every
 * document of every family, so rather than thread a flag through each builder the pipeline
 * (documents/produce.ts) lays a draft out inside `asDraft` and the header asks `isDraft`. Building a
 * `docx` Document is synchronous, so the flag cannot leak into another request's layout.
 */
let drafting = false;

export function asDraft<T>(build: () => T): T {
  const before = drafting;
  drafting = true;
  try {
    return build();
  } finally {
    drafting = before;
  }
}

export function isDraft(): boolean {
  return drafting;
}
