/** Office steps for the core's tests: a session as the clerk types it in. */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { PoliticalSession } from './public-types';

/** `politicalEducation.session.create`: a political education session of the office's staff unless told. */
export function recordSession(core: Core, values: Record<string, unknown>): Promise<PoliticalSession> {
  return call<PoliticalSession>(core, 'politicalEducation.session.create', {
    heldOn: '2023-03-15',
    kind: 'political',
    unitKind: 'staff',
    unitName: 'Cơ quan quân sự thành phố',
    topic: 'Quán triệt Nghị quyết Đại hội XIII của Đảng',
    planned: 20,
    present: 18,
    ...values,
  });
}
