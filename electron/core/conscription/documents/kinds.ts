/** The conscription documents `documents.generate` builds (wired into ../../documents/generate-schema.ts). */
export const conscriptionDocumentKinds = [
  'conscription.calledUpList',
  'conscription.deferredList',
  'conscription.exemptedList',
  'conscription.callUpOrders',
  'conscription.age17List',
  'conscription.resultReport',
] as const;
export type ConscriptionDocumentKind = (typeof conscriptionDocumentKinds)[number];
