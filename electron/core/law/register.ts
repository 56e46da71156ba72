import { format, vi } from '../messages/vi';
import type { IsoDate } from '../shared/dates';
import { LEGAL_RULES, type LegalRule, type RuleSource, type RuleVersion } from './rule-catalogue';
import { LEGAL_TEXTS, type LegalText } from './texts';

/*
 * The register's questions: which texts are in force on a day, which version of a rule applies on
 * a record's reference date (a campaign's handover date, a membership's start, an exam's date), and
 * how to cite it in a message or a document.
 */

export function legalText(id: string): LegalText {
  const text = LEGAL_TEXTS.find((t) => t.id === id);
  if (!text) throw new RangeError(`Unknown legal text: ${id}`);
  return text;
}

export function legalRule(id: string): LegalRule {
  const rule = LEGAL_RULES.find((r) => r.id === id);
  if (!rule) throw new RangeError(`Unknown legal rule: ${id}`);
  return rule;
}

/**
 * The texts that had amended `textId` by `date` (in force then), oldest first: a document's
 * "Căn cứ Luật …, được sửa đổi, bổ sung năm …" names only the amendments of its own day.
 */
export function amendmentsInForce(textId: string, date: IsoDate): LegalText[] {
  return LEGAL_TEXTS.filter((t) => t.amends.includes(textId) && isInForce(t, date)).sort((a, b) =>
    a.signedOn.localeCompare(b.signedOn),
  );
}

/** In force on `date`: effective, and not yet replaced or expired. */
export function isInForce(text: LegalText, date: IsoDate): boolean {
  return text.effectiveFrom <= date && (text.effectiveTo === null || date <= text.effectiveTo);
}

export function textsInForce(date: IsoDate): LegalText[] {
  return LEGAL_TEXTS.filter((t) => isInForce(t, date));
}

export function versionApplies(version: RuleVersion, date: IsoDate): boolean {
  return version.from <= date && (version.to === null || date <= version.to);
}

/**
 * The version of a rule that applies on `date`. A date before the rule's first version (a record
 * older than the texts the program knows) gets the first version, and a date after an expired
 * rule's last version gets the last: a message must still cite something, and it cites the
 * nearest text the program holds.
 */
export function ruleVersionOn(ruleId: string, date: IsoDate): RuleVersion {
  const { versions } = legalRule(ruleId);
  const found = versions.find((v) => versionApplies(v, date));
  if (found) return found;
  return date < versions[0]!.from ? versions[0]! : versions[versions.length - 1]!;
}

/** The key of a version's summary in the catalogue (vi.law.rules). */
export function versionKey(ruleId: string, version: RuleVersion): string {
  return `${ruleId}@${version.from}`;
}

/** "Luật Nghĩa vụ quân sự số 78/2015/QH13", "Thông tư số 105/2023/TT-BQP". */
export function textCitation(id: string): string {
  const text = legalText(id);
  const name = vi.law.texts[id]?.name ?? '';
  return name
    ? format(vi.law.cite.namedText, { name, number: text.number })
    : format(vi.law.cite.numberedText, { kind: vi.law.kinds[text.kind], number: text.number });
}

/** "khoản 6 Điều 34 Luật Nghĩa vụ quân sự số 78/2015/QH13", with "(được sửa đổi, bổ sung bởi …)" when amended. */
export function sourceCitation(source: RuleSource): string {
  const parts: string[] = [];
  if (source.point) parts.push(format(vi.law.cite.point, { point: source.point }));
  if (source.clause !== undefined) parts.push(format(vi.law.cite.clause, { clause: source.clause }));
  if (source.article) parts.push(format(vi.law.cite.article, { article: source.article }));
  parts.push(textCitation(source.text));
  const cited = parts.join(' ');
  return source.amendedBy
    ? format(vi.law.cite.amendedBy, { source: cited, amending: textCitation(source.amendedBy) })
    : cited;
}

export function versionCitation(version: RuleVersion): string {
  return version.sources.map(sourceCitation).join(vi.law.cite.separator);
}

/** What a message or a document cites for a rule applied on `date`: "Điều 30 Luật Nghĩa vụ quân sự số 78/2015/QH13". */
export function citeRule(ruleId: string, date: IsoDate): string {
  return versionCitation(ruleVersionOn(ruleId, date));
}

/** The days on which a rule's version changed (each later version's first day). */
export function ruleChangeDates(ruleId: string): IsoDate[] {
  return legalRule(ruleId)
    .versions.slice(1)
    .map((v) => v.from);
}
