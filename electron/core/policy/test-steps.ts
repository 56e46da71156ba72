/**
 * Office steps for the policy tests: a serving soldier of the register (handed over in a campaign
 * of `year` when told), a family support, a returning soldier and another case as the clerk enters them.
 */
import type { Core } from '../app-core';
import { call, insertRow } from '../db/test-helpers';
import { citizenIdFor, createPerson } from '../people/test-steps';
import type { FamilySupport, PolicyCase, Returnee } from './public-types';

let serial = 100;

/** A man of the register; with `handedOverIn`, handed over in that year's campaign (rows of the conscription tables). */
export async function soldier(core: Core, name: string, birthDate: string, handedOverIn?: number) {
  const person = await createPerson(core, name, {
    birthDate,
    sex: 'M',
    citizenId: citizenIdFor(birthDate, 'M', serial++),
  });
  if (handedOverIn !== undefined) {
    const found = core.db.prepare(`SELECT id FROM conscription_campaigns WHERE year = ?`).get(handedOverIn) as
      { id: string } | undefined;
    const campaignId =
      found?.id ??
      insertRow(core, 'conscription_campaigns', {
        year: handedOverIn,
        title: `Tuyển quân năm ${handedOverIn}`,
        handover_start: `${handedOverIn}-02-13`,
        handover_end: `${handedOverIn}-02-15`,
        status: 'closed',
      });
    insertRow(core, 'conscription_records', {
      person_id: person.id,
      campaign_id: campaignId,
      state: 'handed_over',
      state_since: `${handedOverIn}-02-14`,
      handed_over_on: `${handedOverIn}-02-14`,
    });
  }
  return person;
}

export const giveSupport = (core: Core, values: Record<string, unknown>) =>
  call<FamilySupport>(core, 'policy.support.create', { kind: 'tet_gift', giver: 'UBND phường Đức Xuân', ...values });

export const recordReturn = (core: Core, values: Record<string, unknown>) =>
  call<Returnee>(core, 'policy.returnee.create', values);

export const receiveCase = (core: Core, values: Record<string, unknown>) =>
  call<PolicyCase>(core, 'policy.case.create', { kind: 'meritorious', outcome: 'pending', ...values });
