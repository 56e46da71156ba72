import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import { findLocality } from '../localities';
import { TOP_LEVEL_KINDS } from '../localities';
import { format, vi } from '../messages/vi';
import { localIsoDate } from '../shared/dates';
import type { RuleResult } from '../shared/rule-result';
import { inTransaction } from '../kernel/transaction';
import type { MilitiaUnit, MilitiaUnitGroup, MilitiaUnitNode } from './public-types';
import { checkUnitLevel, checkUnitPlace, LEVEL_RANK } from './rules';
import type { UnitCreateInput, unitListInput, UnitUpdateInput, unitVersionInput } from './schema';
import * as repo from './units-repository';

const collator = new Intl.Collator('vi', { numeric: true });
const t = vi.militia.unit;

function refuse(field: string, rule: Extract<RuleResult, { ok: false }>): never {
  throw ApiError.fields({ [field]: rule.message }, rule.code, rule.message);
}

function refuseText(
  field: string,
  code: 'RULE_MILITIA_UNIT_PLACE' | 'RULE_MILITIA_UNIT_LEVEL' | 'NOT_FOUND',
  message: string,
): never {
  throw ApiError.fields({ [field]: message }, code, message);
}

export function mustFindUnit(ctx: ApiContext, id: string): MilitiaUnit {
  return mustExist(repo.findUnit(ctx.db, id, localIsoDate(ctx.now())));
}

/** The units as trees, one per ward/commune (militia) or agency (self-defence), with active member counts. */
export function listUnitTree(ctx: ApiContext, input: z.output<typeof unitListInput>): MilitiaUnitGroup[] {
  const asOf = input.asOf ?? localIsoDate(ctx.now());
  const units = repo.listUnits(ctx.db, asOf, input.includeRetired);
  const counts = repo.activeMemberCounts(ctx.db);
  const nodes = new Map<string, MilitiaUnitNode>(
    units.map((u) => [u.id, { ...u, members: counts.get(u.id) ?? 0, totalMembers: 0, children: [] }]),
  );
  const groups = new Map<string, MilitiaUnitGroup>();
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) {
      parent.children.push(node);
      continue;
    }
    const key = node.localityId ? `locality:${node.localityId}` : `agency:${node.agency}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        localityId: node.localityId,
        agency: node.agency,
        name: node.localityName ?? node.agency,
        members: 0,
        units: [],
      };
      groups.set(key, group);
    }
    group.units.push(node);
  }
  const finish = (list: MilitiaUnitNode[]): number => {
    list.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || collator.compare(a.name, b.name));
    let sum = 0;
    for (const node of list) {
      node.totalMembers = node.members + finish(node.children);
      sum += node.totalMembers;
    }
    return sum;
  };
  const result = [...groups.values()];
  for (const group of result) group.members = finish(group.units);
  // Militia of wards and communes first, then agencies' self-defence, each in Vietnamese order.
  return result.sort(
    (a, b) => Number(a.localityId === null) - Number(b.localityId === null) || collator.compare(a.name, b.name),
  );
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: unknown) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'militia_unit',
    entityId: id,
    action,
    before,
    after: mustFindUnit(ctx, id),
  });
}

/** Militia belongs to a ward/commune of the register, self-defence to a named agency. */
function placeOf(ctx: ApiContext, input: UnitCreateInput): { localityId: string | null; agency: string } {
  if (input.force === 'self_defence') {
    if (input.agency === '') throw ApiError.fields({ agency: t.agencyRequired });
    return { localityId: null, agency: input.agency };
  }
  if (!input.localityId) throw ApiError.fields({ localityId: t.localityRequired });
  const today = localIsoDate(ctx.now());
  const locality = findLocality(ctx.db, input.localityId, today);
  if (!locality) throw ApiError.fields({ localityId: vi.errors.NOT_FOUND });
  if (locality.retiredOn && locality.retiredOn <= today)
    throw ApiError.fields({ localityId: vi.errors.LOCALITY_RETIRED });
  if (!TOP_LEVEL_KINDS.includes(locality.kind)) throw ApiError.fields({ localityId: t.localityTopLevel });
  return { localityId: locality.id, agency: '' };
}

function checkParent(
  ctx: ApiContext,
  parentId: string | null,
  unit: { level: MilitiaUnit['level']; localityId: string | null; agency: string },
): void {
  if (!parentId) return;
  const parent = repo.findUnit(ctx.db, parentId, localIsoDate(ctx.now()));
  if (!parent) refuseText('parentId', 'NOT_FOUND', vi.errors.NOT_FOUND);
  if (parent.retiredOn) refuseText('parentId', 'NOT_FOUND', t.parentRetired);
  const place = checkUnitPlace(unit, parent);
  if (!place.ok) refuse('parentId', place);
  const level = checkUnitLevel(unit.level, parent.level);
  if (!level.ok) refuse('level', level);
}

export function createUnit(ctx: ApiContext, input: UnitCreateInput): MilitiaUnit {
  return inTransaction(ctx, () => {
    const place = placeOf(ctx, input);
    checkParent(ctx, input.parentId, { level: input.level, ...place });
    const id = repo.insertUnit(ctx.db, { ...input, ...place }, timestamp(ctx.now()));
    audit(ctx, id, 'create', null);
    return mustFindUnit(ctx, id);
  });
}

export function updateUnit(ctx: ApiContext, input: UnitUpdateInput): MilitiaUnit {
  return inTransaction(ctx, () => {
    const before = mustFindUnit(ctx, input.id);
    if (input.parentId && repo.subtreeIds(ctx.db, input.id).includes(input.parentId)) {
      refuseText('parentId', 'RULE_MILITIA_UNIT_LEVEL', t.parentCycle);
    }
    checkParent(ctx, input.parentId, { level: input.level, localityId: before.localityId, agency: before.agency });
    for (const child of repo.childUnits(ctx.db, input.id)) {
      if (LEVEL_RANK[child.level] >= LEVEL_RANK[input.level]) {
        const message = format(t.levelAboveChildren, { childLevel: vi.militia.levels[child.level] });
        refuseText('level', 'RULE_MILITIA_UNIT_LEVEL', message);
      }
    }
    mustBeCurrent(repo.updateUnit(ctx.db, input, timestamp(ctx.now())));
    audit(ctx, input.id, 'update', before);
    return mustFindUnit(ctx, input.id);
  });
}

/** A unit with active members or active sub-units stays: members are ended or moved first. */
export function retireUnit(ctx: ApiContext, input: z.output<typeof unitVersionInput>): MilitiaUnit {
  return inTransaction(ctx, () => {
    const before = mustFindUnit(ctx, input.id);
    if ((repo.activeMemberCounts(ctx.db).get(input.id) ?? 0) > 0) throw ApiError.of('RULE_MILITIA_UNIT_HAS_MEMBERS');
    if (repo.childUnits(ctx.db, input.id).some((c) => !c.retired)) throw ApiError.of('RULE_MILITIA_UNIT_HAS_CHILDREN');
    const today = localIsoDate(ctx.now());
    mustBeCurrent(repo.setUnitRetired(ctx.db, input.id, input.version, today, timestamp(ctx.now())));
    audit(ctx, input.id, 'retire', before);
    return mustFindUnit(ctx, input.id);
  });
}

export function restoreUnit(ctx: ApiContext, input: z.output<typeof unitVersionInput>): MilitiaUnit {
  return inTransaction(ctx, () => {
    const before = mustFindUnit(ctx, input.id);
    if (before.parentId && mustFindUnit(ctx, before.parentId).retiredOn) {
      throw new ApiError('RULE_MILITIA_UNIT_RETIRED', t.parentRetired);
    }
    mustBeCurrent(repo.setUnitRetired(ctx.db, input.id, input.version, null, timestamp(ctx.now())));
    audit(ctx, input.id, 'restore', before);
    return mustFindUnit(ctx, input.id);
  });
}
