import { migration0001 } from './0001-core';
import { migration0002 } from './0002-conscription-campaigns';
import { migration0003 } from './0003-conscription-records';
import { migration0004 } from './0004-document-counters';
import { migration0005 } from './0005-people-search-index';
import { migration0006 } from './0006-campaign-report-narrative';
import { migration0007 } from './0007-forces';
import { migration0008 } from './0008-exercises';
import { migration0009 } from './0009-training';
import { migration0010 } from './0010-readiness-duty';
import { migration0011 } from './0011-reviews-register-templates';
import { migration0012 } from './0012-audit-chain';
import { migration0013 } from './0013-accounts';
import { migration0014 } from './0014-import-mappings';
import { migration0015 } from './0015-security-settings';
import { migration0016 } from './0016-list-dashboard-indexes';
import { migration0017 } from './0017-office-periods';
import { migration0018 } from './0018-health-exam-measures';
import { migration0019 } from './0019-reservist-professional';
import { migration0020 } from './0020-police-notices';
import { migration0021 } from './0021-militia-decisions';
import { migration0022 } from './0022-registration-method';
import { migration0023 } from './0023-policy';
import { migration0024 } from './0024-defence-education';
import { migration0025 } from './0025-political-discipline';
import { migration0026 } from './0026-readiness-documents';
import { migration0027 } from './0027-equipment';
import { migration0028 } from './0028-review-meetings';
import { migration0029 } from './0029-register-withdrawal';
import { migration0030 } from './0030-way-back';
import { migration0031 } from './0031-import-batches';
import { migration0032 } from './0032-course-steps';
import { migration0033 } from './0033-exchange-offices';
import { migration0034 } from './0034-exchange-sender';
import { migration0035 } from './0035-exchange-receiving';
import type { Migration } from './types';

/** Every migration in order. Add a file NNNN-name.ts and list it here; never edit a landed one. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
  migration0022,
  migration0023,
  migration0024,
  migration0025,
  migration0026,
  migration0027,
  migration0028,
  migration0029,
  migration0030,
  migration0031,
  migration0032,
  migration0033,
  migration0034,
  migration0035,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
