/** The legal register's types the renderer may import (re-exported by api/contract.ts). */
export type { LegalRegister, RegisterRule, RegisterRuleVersion, RegisterText, RegisterTextRef } from './schema';
