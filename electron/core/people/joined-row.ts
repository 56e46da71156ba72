/**
 * The person's part of a row another feature's query joined from people (p.family_name,
 * p.middle_name, p.given_name, p.birth_date, p.sex, p.citizen_id, under their own names):
 * the lists of conscription records, militia members and reservists all show it alike.
 */
export function personOfJoinedRow(r: Record<string, unknown>): {
  fullName: string;
  birthDate: string;
  sex: 'M' | 'F';
  citizenId: string | null;
} {
  return {
    fullName: [r.family_name, r.middle_name, r.given_name].filter(Boolean).join(' '),
    birthDate: r.birth_date as string,
    sex: r.sex as 'M' | 'F',
    citizenId: r.citizen_id as string | null,
  };
}
