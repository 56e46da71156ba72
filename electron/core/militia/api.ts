import { byId, defineMethod } from '../kernel/method';
import { localIsoDate } from '../shared/dates';
import { listCandidates } from './candidates';
import * as decisions from './decisions-service';
import * as members from './members-service';
import { listPopulations, setPopulation } from './populations';
import {
  candidateListInput,
  admissionCheckInput,
  decisionCreateInput,
  decisionIdInput,
  decisionListInput,
  decisionUpdateInput,
  memberCreateInput,
  memberEndInput,
  memberExtendInput,
  memberIdInput,
  memberListInput,
  memberUpdateInput,
  populationListInput,
  populationSetInput,
  summaryInput,
  unitCreateInput,
  unitListInput,
  unitUpdateInput,
  unitVersionInput,
} from './schema';
import { militiaSummary } from './summary';
import * as units from './units-service';

/** The militia feature's API methods (spread into api/contract.ts). */
export const militiaApi = {
  'militia.unit.list': defineMethod(unitListInput, units.listUnitTree),
  'militia.unit.create': defineMethod(unitCreateInput, units.createUnit),
  'militia.unit.update': defineMethod(unitUpdateInput, units.updateUnit),
  'militia.unit.retire': defineMethod(unitVersionInput, units.retireUnit),
  'militia.unit.restore': defineMethod(unitVersionInput, units.restoreUnit),
  'militia.member.list': defineMethod(memberListInput, members.listMembers),
  'militia.member.get': defineMethod(memberIdInput, byId(members.getMember)),
  'militia.member.create': defineMethod(memberCreateInput, members.createMember),
  'militia.member.update': defineMethod(memberUpdateInput, members.updateMember),
  'militia.member.extend': defineMethod(memberExtendInput, members.extendMember),
  'militia.member.end': defineMethod(memberEndInput, members.endMember),
  'militia.member.admissionCheck': defineMethod(admissionCheckInput, decisions.admissionCheck),
  'militia.member.candidates': defineMethod(candidateListInput, listCandidates),
  'militia.decision.list': defineMethod(decisionListInput, decisions.listDecisions),
  'militia.decision.get': defineMethod(decisionIdInput, byId(decisions.getDecision)),
  'militia.decision.create': defineMethod(decisionCreateInput, decisions.createDecision),
  'militia.decision.update': defineMethod(decisionUpdateInput, decisions.updateDecision),
  'militia.population.list': defineMethod(populationListInput, listPopulations),
  'militia.population.set': defineMethod(populationSetInput, setPopulation),
  'militia.summary': defineMethod(summaryInput, (ctx, input) =>
    militiaSummary(ctx, { asOf: input.asOf ?? localIsoDate(ctx.now()) }),
  ),
};
