/** Office steps for the core's tests: a breach as the clerk types it in. */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { DisciplineBreach } from './public-types';

/** `discipline.breach.create`: a militia breach handled by a reprimand unless told. */
export function recordBreach(core: Core, values: Record<string, unknown>): Promise<DisciplineBreach> {
  return call<DisciplineBreach>(core, 'discipline.breach.create', {
    force: 'militia',
    occurredOn: '2023-03-10',
    description: 'Vắng mặt không lý do buổi huấn luyện',
    status: 'handled',
    form: 'reprimand',
    decisionNumber: '15/QĐ-BCH',
    handledOn: '2023-03-20',
    ...values,
  });
}
