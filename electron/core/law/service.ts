import type { ApiContext } from '../kernel/context';
import { vi } from '../messages/vi';
import { localIsoDate, type IsoDate } from '../shared/dates';
import { legalText, versionApplies, versionCitation, versionKey } from './register';
import { LEGAL_RULES, type LegalRule } from './rule-catalogue';
import type { LegalRegister, RegisterInput, RegisterRule, RegisterText, RegisterTextRef } from './schema';
import { LEGAL_TEXTS, type LegalText } from './texts';

const ref = (id: string): RegisterTextRef => ({ id, number: legalText(id).number });

function describeRule(rule: LegalRule, date: IsoDate): RegisterRule {
  const versions = rule.versions.map((version) => ({
    from: version.from,
    to: version.to,
    summary: vi.law.rules[versionKey(rule.id, version)] ?? '',
    citation: versionCitation(version),
    applies: versionApplies(version, date),
  }));
  return { id: rule.id, current: versions.find((v) => v.applies) ?? null, versions };
}

function citesText(rule: LegalRule, textId: string): boolean {
  return rule.versions.some((v) => v.sources.some((s) => s.text === textId || s.amendedBy === textId));
}

function notesOf(text: LegalText): string[] {
  const notes: string[] = [];
  if (text.effectiveBeforeSigned) notes.push(vi.law.effectiveBeforeSigned);
  if (!text.verified) notes.push(vi.law.unverified);
  return notes;
}

function describeText(text: LegalText, date: IsoDate): RegisterText {
  return {
    id: text.id,
    kind: vi.law.kinds[text.kind],
    number: text.number,
    title: vi.law.texts[text.id]?.title ?? '',
    citation: versionCitation({ from: text.effectiveFrom, to: null, sources: [{ text: text.id }] }),
    signedOn: text.signedOn,
    effectiveFrom: text.effectiveFrom,
    effectiveTo: text.effectiveTo,
    inForce: text.effectiveFrom <= date && (text.effectiveTo === null || date <= text.effectiveTo),
    amends: text.amends.map(ref),
    replaces: text.replaces.map(ref),
    amendedBy: LEGAL_TEXTS.filter((t) => t.amends.includes(text.id)).map((t) => ref(t.id)),
    replacedBy: LEGAL_TEXTS.filter((t) => t.replaces.includes(text.id)).map((t) => ref(t.id)),
    notes: notesOf(text),
    rules: LEGAL_RULES.filter((r) => citesText(r, text.id)).map((r) => describeRule(r, date)),
  };
}

/**
 * `law.register`: every text the program applies, oldest first, with the rules that follow from
 * each and the version of each rule that applies on the day asked (today by default). Read-only:
 * the register is part of the program, not of the office's data.
 */
export function legalRegister(ctx: ApiContext, input: RegisterInput): LegalRegister {
  const date = input.date ?? localIsoDate(ctx.now());
  const texts = [...LEGAL_TEXTS].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return { date, texts: texts.map((t) => describeText(t, date)) };
}
