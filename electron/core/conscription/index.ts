/**
 * What other features may use of conscription/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { birthdayAt } from './age';
export { campaignIdForYear } from './campaigns/repository';
export type { Campaign } from './campaigns/schema';
export { getCampaign, listCampaigns } from './campaigns/service';
export { deferralPointLabel, exemptionPointLabel, isDeferralPoint, isExemptionPoint, pointLetter } from './points';
export { findRecordFor } from './records/repository';
export { recordListInput } from './records/schema';
export { createRecord, listRecords, recordHealthExam } from './records/service';
export type { ConscriptionRecordRow, ConscriptionRecordView } from './records/view';
export { age17List, campaignDashboard } from './records/year-service';
export { campaignReportData } from './report/report-data';
export type { PointCount } from './report/report-data';
export { MIN_NOTICE_DAYS, checkCampaignOpen, turning17Year } from './rules';
export { CALLABLE_HEALTH_CLASSES, HEALTH_CLASSES, healthExamStateFor, stateLabel } from './states';
export type { ConscriptionState, ServiceBranch } from './states';
export { QUOTA_STATES } from './quota';
export { importedConscriptionRecords } from './records/imported-rows';
