export type { AuditEntryView } from './view';
export type { AuditPage, AuditFacets } from './service';
export type { AuditCheck, AuditBreak } from './verify';
export type { AuditExport } from './export';
export type { AuditChange } from './changes';
