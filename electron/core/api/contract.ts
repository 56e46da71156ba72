import type { z } from 'zod';
import { campaignsApi } from '../conscription/campaigns/api';
import { recordsApi } from '../conscription/records/api';
import { documentsApi } from '../documents/api';
import { militiaApi } from '../militia/api';
import { reservesApi } from '../reserves/api';
import { staffApi } from '../staff/api';
import { exercisesApi } from '../exercises/api';
import { trainingApi } from '../training/api';
import { dutyApi } from '../duty/api';
import { reviewsApi } from '../reviews/api';
import { overviewApi } from '../overview/api';
import { registerApi } from '../documents/register/api';
import { templatesApi } from '../documents/templates/api';
import { localitiesApi } from '../localities/api';
import { officeApi } from '../office/api';
import { peopleApi } from '../people/api';
import { serviceHistoryApi } from '../service-history/api';
import { exportApi } from '../export/people-export';
import { forcesExportApi } from '../export/forces-exports';
import { recordsExportApi } from '../export/records-exports';
import { backupApi } from '../backup/api';
import { auditApi } from '../audit/api';
import { accountsApi } from '../accounts/api';
import { encryptionApi } from '../encryption/api';
import { importApi } from '../import/api';
import { lawApi } from '../law/api';
import { policeNoticesApi } from '../police-notices/api';
import { policyApi } from '../policy/api';
import { defenceEducationApi } from '../defence-education/api';
import { politicalEducationApi } from '../political-education/api';
import { disciplineApi } from '../discipline/api';
import { readinessDocumentsApi } from '../readiness-documents/api';
import { equipmentApi } from '../equipment/api';
import { exchangeIdentityApi } from '../exchange/identity/api';
import { exchangeSendingApi } from '../exchange/sending/api';
import { exchangeReceivingApi } from '../exchange/receiving/api';

/** Every API method, by name. Both transports dispatch through this one table. */
export const apiMethods = {
  ...officeApi,
  ...localitiesApi,
  ...peopleApi,
  ...serviceHistoryApi,
  ...exportApi,
  ...forcesExportApi,
  ...recordsExportApi,
  ...campaignsApi,
  ...recordsApi,
  ...documentsApi,
  ...militiaApi,
  ...reservesApi,
  ...staffApi,
  ...exercisesApi,
  ...trainingApi,
  ...dutyApi,
  ...reviewsApi,
  ...overviewApi,
  ...registerApi,
  ...templatesApi,
  ...backupApi,
  ...auditApi,
  ...accountsApi,
  ...encryptionApi,
  ...importApi,
  ...lawApi,
  ...policeNoticesApi,
  ...policyApi,
  ...defenceEducationApi,
  ...politicalEducationApi,
  ...disciplineApi,
  ...readinessDocumentsApi,
  ...equipmentApi,
  ...exchangeIdentityApi,
  ...exchangeSendingApi,
  ...exchangeReceivingApi,
};

type Methods = typeof apiMethods;

/** The contract the renderer imports (types only). */
export type ApiMethodName = keyof Methods;
export type ApiInput<M extends ApiMethodName> = z.input<Methods[M]['input']>;
export type ApiOutput<M extends ApiMethodName> = Awaited<ReturnType<Methods[M]['run']>>;
export type { ApiErrorShape, FieldErrors } from '../kernel/errors';
export type { ApiResult } from './router';
export type { OfficeProfile, Signer } from '../office/schema';
export type { Locality, LocalityKind, LocalityName } from '../localities/schema';
export type { Person, PersonPage, CitizenIdOwner } from '../people/schema';
export type { Campaign, Quota } from '../conscription/campaigns/schema';
export type {
  ConscriptionRecordRow,
  ConscriptionRecordView,
  ConscriptionTransition,
} from '../conscription/records/view';
export type { ConscriptionState, RegistrationMethod } from '../conscription/states';
export type * from '../militia/public-types';
export type * from '../reserves/public-types';
export type * from '../staff/public-types';
export type * from '../exercises/public-types';
export type * from '../training/public-types';
export type * from '../duty/public-types';
export type * from '../law/public-types';
export type * from '../police-notices/public-types';
export type * from '../policy/public-types';
export type * from '../political-education/public-types';
export type * from '../discipline/public-types';
export type * from '../defence-education/public-types';
export type * from '../course-steps/public-types';
export type * from '../equipment/public-types';
export type * from '../reviews/public-types';
export type * from '../overview/public-types';
export type * from '../documents/register/public-types';
export type * from '../documents/templates/public-types';
export type { BackupListItem } from '../backup/auto';
export type * from '../audit/public-types';
export type * from '../accounts/public-types';
export type * from '../import/types';
export type * from '../readiness-documents/public-types';
export type * from '../exchange/identity/public-types';
export type {
  DocumentKind,
  DocumentSnapshot,
  GeneratedFile,
  IssuePlan,
  ProducedDocument,
  SnapshotValue,
} from '../documents/generate-schema';
