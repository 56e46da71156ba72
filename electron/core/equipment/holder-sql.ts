import { joinFullName } from '../shared/vietnamese-text';
import type { EquipmentHolder } from './public-types';

/*
 * The holder of an issue or a return, read with the movement `m`: a militia unit's name or a
 * person's full name (both kept current in their own registers, read here, never copied).
 */
export const HOLDER_COLUMNS = `m.unit_id AS unitId, m.person_id AS personId, hu.name AS unitName,
  COALESCE((SELECT ln.name FROM locality_names ln WHERE ln.locality_id = hu.locality_id
    ORDER BY ln.valid_to IS NULL DESC, ln.valid_from DESC LIMIT 1), hu.agency) AS unitPlace,
  hp.family_name AS familyName, hp.middle_name AS middleName, hp.given_name AS givenName`;
export const HOLDER_JOINS = `LEFT JOIN militia_units hu ON hu.id = m.unit_id LEFT JOIN people hp ON hp.id = m.person_id`;

export interface HolderColumns {
  unitId: string | null;
  personId: string | null;
  unitName: string | null;
  /** The unit's ward/commune (its current name) or agency: every ward has a "Trung đội dân quân cơ động". */
  unitPlace: string | null;
  familyName: string | null;
  middleName: string | null;
  givenName: string | null;
}

export function holderOf(r: HolderColumns): EquipmentHolder | null {
  if (r.unitId)
    return {
      unitId: r.unitId,
      personId: null,
      name: r.unitPlace ? `${r.unitName} (${r.unitPlace})` : (r.unitName ?? ''),
    };
  if (r.personId)
    return {
      unitId: null,
      personId: r.personId,
      name: joinFullName({
        familyName: r.familyName ?? '',
        middleName: r.middleName ?? '',
        givenName: r.givenName ?? '',
      }),
    };
  return null;
}
