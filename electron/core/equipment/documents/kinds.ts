/** The equipment documents `documents.generate` builds (wired into ../../documents/generate-schema.ts). */
export const equipmentDocumentKinds = ['equipment.stockList'] as const;
export type EquipmentDocumentKind = (typeof equipmentDocumentKinds)[number];
