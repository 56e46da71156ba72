/** The conscription documents `documents.generate` builds (wired into ../../documents/generate-schema.ts). */
export const conscriptionDocumentKinds = [
  'conscription.calledUpList',
  'conscription.deferredList',
  'conscription.exemptedList',
  'conscription.callUpOrders',
  'conscription.age17List',
  'conscription.resultReport',
  'conscription.examSummons',
  'conscription.registrationCertificates',
  'conscription.deferralDecisions',
  'conscription.exemptionDecisions',
  'conscription.listNotice',
] as const;
export type ConscriptionDocumentKind = (typeof conscriptionDocumentKinds)[number];
