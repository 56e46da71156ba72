import { vi } from '../messages/vi';
import { ApiError } from '../kernel/errors';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import type { SigningAuthority } from '../docs/official-text';
import type { OfficeKind } from '../../../vocabulary/office';
import type { OfficeProfile, Signer } from './schema';

/** A signer as a document prints them: the office's signer, or the head of another issuing body on its behalf. */
export type IssuingSigner = Signer & { authority?: { kind: SigningAuthority; of: string } };

/** Who issues a document: the header's bodies and symbol, and who signs it. */
export interface Issuer {
  office: OfficeProfile;
  signer: IssuingSigner;
}

/**
 * A document kind the law gives to another authority than the military command, from a date, for
 * the offices of some kinds. Without a rule, the office issues its documents itself (its own name,
 * parent body and symbol; the signer chosen from its profile).
 */
export interface AuthorityRule {
  /** documents.generate kinds the rule covers (a kind not built yet is harmless here). */
  kinds: readonly string[];
  officeKinds: readonly OfficeKind[];
  /** The date from which the authority applies (documents dated earlier follow the old law). */
  from: IsoDate;
  /** Since the district level is gone, the commune chairman acts for the People's Committee. */
  issuer: 'commune_chair';
  /** The legal text and article, cited in the message when the committee is not set up. */
  basis: string;
}

/**
 * Issuing authority per document kind, as data. Before 01/07/2025 these acts were the district
 * chairman's (Military Service Law 2015, Art. 16; Decree 13/2016/NĐ-CP), and a commune command's
 * program printed them for the command; a city/district command keeps issuing its own documents.
 * From 01/07/2025 (Law 98/2025/QH15, in force that day; Decree 220/2025/NĐ-CP [U: its exact
 * effective date was not read, assumed the same day]) the commune chairman calls first registration
 * and signs the registration certificate, so a ward/commune office prints them as its People's
 * Committee, signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". Call-up orders, lists and the individual deferral and
 * exemption decisions stay with the command [U: their signers after 2025 not confirmed].
 * 'conscription.registrationCertificates' is the per-citizen paperwork's kind (issue 17 §4); no kind
 * prints the call to first registration yet, its rule waits under the name it is expected to take.
 */
export const AUTHORITY_RULES: readonly AuthorityRule[] = [
  {
    kinds: ['conscription.firstRegistrationCall'],
    officeKinds: ['ward_commune'],
    from: '2025-07-01',
    issuer: 'commune_chair',
    basis: 'Điều 16 Luật Nghĩa vụ quân sự, sửa đổi bởi Luật 98/2025/QH15',
  },
  {
    kinds: ['conscription.registrationCertificates'],
    officeKinds: ['ward_commune'],
    from: '2025-07-01',
    issuer: 'commune_chair',
    basis: 'Nghị định 220/2025/NĐ-CP sửa đổi Nghị định 13/2016/NĐ-CP về đăng ký nghĩa vụ quân sự',
  },
];

/** The rule in force for a kind, an office's kind and a document date; undefined: the office issues it. */
export function authorityRuleFor(
  kind: string,
  officeKind: OfficeKind,
  date: IsoDate,
  rules: readonly AuthorityRule[] = AUTHORITY_RULES,
): AuthorityRule | undefined {
  return rules.find((r) => r.kinds.includes(kind) && r.officeKinds.includes(officeKind) && date >= r.from);
}

/**
 * Who issues a document of `kind` dated `date`, given the profile in force that day and the signer
 * chosen from it: the office itself, or its People's Committee with the chairman signing.
 */
export function issuerFor(office: OfficeProfile, kind: string, date: IsoDate, signer: Signer): Issuer {
  const rule = authorityRuleFor(kind, office.kind, date);
  if (!rule) return { office, signer };
  const committee = office.peopleCommittee;
  if (!committee) {
    throw ApiError.of('OFFICE_PEOPLE_COMMITTEE_MISSING', {
      from: formatDisplayDate(rule.from),
      basis: rule.basis,
      date: formatDisplayDate(date),
    });
  }
  const text = vi.office;
  const chair: IssuingSigner = {
    role: 'commander',
    title: text.chairTitle,
    rank: '',
    name: committee.chairName,
    authority: { kind: 'onBehalf', of: text.peopleCommitteeCollective },
  };
  return {
    // A People's Committee prints no parent body: Decree 30/2020, Annex I, puts it there only "if any".
    office: { ...office, name: committee.name, parentBody: '', symbol: text.peopleCommitteeSymbol, signers: [chair] },
    signer: chair,
  };
}
