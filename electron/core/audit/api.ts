import { defineMethod } from '../kernel/method';
import { exportAudit } from './export';
import { auditCheckInput, auditFilterInput, auditForEntityInput, auditListInput } from './schema';
import { auditFacets, auditForEntity, listAudit } from './service';
import { checkAuditTrail } from './verify';

/** The audit trail's API methods (spread into api/contract.ts). All read-only. */
export const auditApi = {
  'audit.list': defineMethod(auditListInput, listAudit),
  'audit.facets': defineMethod(auditCheckInput, auditFacets),
  'audit.forEntity': defineMethod(auditForEntityInput, auditForEntity),
  'audit.verify': defineMethod(auditCheckInput, checkAuditTrail),
  'audit.export': defineMethod(auditFilterInput, exportAudit),
};
