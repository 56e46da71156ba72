import type { OfficeProfile } from '../../../../electron/core/api/contract';
import type { OfficeKind } from '../../../../vocabulary/office';
import { vi } from '../../messages/vi';

type Role = keyof typeof vi.office.roles;
export interface SignerValues {
  role: Role;
  title: string;
  rank?: string;
  name: string;
}

/** What the profile's fields hold in a form (the main form and the new-period dialog). */
export interface OfficeValues {
  kind: OfficeKind;
  name: string;
  parentBody: string;
  placeName: string;
  symbol: string;
  committeeName?: string;
  chairName?: string;
  signers: SignerValues[];
}

/** Every field the core may name in a refusal, as the forms show them. */
export const OFFICE_FIELDS = [
  'kind',
  'name',
  'parentBody',
  'placeName',
  'symbol',
  'peopleCommittee',
  'signers',
] as const;

/** A new office is a ward/commune command: the district level is gone since 01/07/2025. */
export const emptyOfficeValues: OfficeValues = {
  kind: 'ward_commune',
  name: '',
  parentBody: '',
  placeName: '',
  symbol: '',
  signers: [{ role: 'commander', title: vi.office.defaultTitles.commander, rank: '', name: '' }],
};

export function valuesOf(profile: OfficeProfile): OfficeValues {
  return {
    kind: profile.kind,
    name: profile.name,
    parentBody: profile.parentBody,
    placeName: profile.placeName,
    symbol: profile.symbol,
    committeeName: profile.peopleCommittee?.name ?? '',
    chairName: profile.peopleCommittee?.chairName ?? '',
    signers: profile.signers,
  };
}

/**
 * The fields as the core takes them: the bodies upper case as printed, and the People's Committee
 * only for a ward/commune command that named it (the only kind whose documents it issues).
 */
export function profileInputOf(values: OfficeValues) {
  const committee = values.committeeName?.trim() && values.chairName?.trim();
  return {
    kind: values.kind,
    name: values.name.toUpperCase(),
    parentBody: values.parentBody.toUpperCase(),
    placeName: values.placeName,
    symbol: values.symbol,
    signers: values.signers.map((s) => ({ ...s, rank: s.rank ?? '' })),
    peopleCommittee:
      values.kind === 'ward_commune' && committee
        ? { name: values.committeeName!.trim(), chairName: values.chairName!.trim() }
        : null,
  };
}
