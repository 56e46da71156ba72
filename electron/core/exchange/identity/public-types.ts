/** The identity's types the renderer may import (through api/contract.ts). */
export type {
  EnrolmentPreview,
  ExchangeFile,
  ExchangeIdentity,
  ExchangeOfficeKind,
  ExchangePartner,
  PartnerKey,
  PartnerRole,
  RetiredKey,
} from './schema';
