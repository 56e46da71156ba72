import { findRecordFor, listCampaigns } from '../conscription';
import type { ApiContext } from '../kernel/context';
import { activeMembershipOf } from '../militia';
import { findReservist, reservistIdOfPerson } from '../reserves';
import { localIsoDate } from '../shared/dates';
import type { PoliceLineFlag, PoliceNoticeLine } from './public-types';

/**
 * A citizen the police report as moved away may still be on the office's registers: a record of an
 * open conscription campaign, an active militia membership, the reservists. The notice line shows
 * which, so the clerk moves or closes those records (each in its own screen); nothing is changed here.
 */
export function flagsOf(ctx: ApiContext, line: Omit<PoliceNoticeLine, 'flags'>): PoliceLineFlag[] {
  if (line.kind !== 'moved_away' || line.personId === null) return [];
  const personId = line.personId;
  const flags: PoliceLineFlag[] = [];
  const openCampaigns = listCampaigns(ctx).filter((c) => c.status === 'open');
  if (openCampaigns.some((c) => findRecordFor(ctx.db, personId, c.id) !== null)) flags.push('conscription');
  const today = localIsoDate(ctx.now());
  if (activeMembershipOf(ctx.db, personId, today) !== null) flags.push('militia');
  const reservistId = reservistIdOfPerson(ctx.db, personId);
  // A reservist struck off the list (removed) is no longer the office's to move.
  if (reservistId !== null && findReservist(ctx.db, reservistId, today)?.removedOn === null) flags.push('reserves');
  return flags;
}
