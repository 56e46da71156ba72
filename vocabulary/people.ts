/**
 * The kinds of identity number a person's record may hold. Both are kept in the one citizen ID
 * field: a 12-digit personal ID (số định danh cá nhân, on the CCCD / căn cước card) or, on old
 * lists, the 9-digit number of the former identity card (chứng minh nhân dân, CMND). Their lengths
 * differ, so the kind follows from the number and can never disagree with it.
 */
import { keysOf } from './keys';

export const CITIZEN_ID_LENGTH = 12;
export const LEGACY_ID_LENGTH = 9;

export const idKindLabels = { citizen_id: 'Số định danh', legacy_cmnd: 'CMND cũ' } as const;
export type IdKind = keyof typeof idKindLabels;
export const ID_KINDS = keysOf(idKindLabels);

export const idKindOf = (id: string): IdKind => (id.length === LEGACY_ID_LENGTH ? 'legacy_cmnd' : 'citizen_id');

/** A person's sex as stored (the CHECK constraint of migration 0001) and as clerks read it. */
export const sexLabels = { M: 'Nam', F: 'Nữ' } as const;
export type Sex = keyof typeof sexLabels;
