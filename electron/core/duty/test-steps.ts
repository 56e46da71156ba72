/**
 * Office steps for the core's tests: a night on duty as the duty screens record it, for the
 * fixture offices whose review reports count incidents and patrols.
 */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';

/**
 * The night of `onDate` in Tổ 7 of Đức Xuân (`localityId`): a grass fire reported at 21:15 and an
 * evening patrol from 19:00 to 22:00 of 5 militia and 2 police.
 */
export async function nightWithIncidentAndPatrol(core: Core, onDate: string, localityId: string): Promise<void> {
  await call(core, 'duty.incident.create', { occurredAt: `${onDate}T21:15`, description: 'Cháy cỏ ven đồi' });
  await call(core, 'duty.patrol.create', {
    onDate,
    startsAt: '19:00',
    endsAt: '22:00',
    area: 'Tổ 7 phường Đức Xuân',
    localityId,
    militiaCount: 5,
    policeCount: 2,
  });
}
