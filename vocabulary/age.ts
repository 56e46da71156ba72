/**
 * One's age in completed years on a date, for the core's rules and every screen alike: the age goes
 * up on the birthday itself, and a 29 February birthday on 1 March in common years. Both dates are
 * ISO `YYYY-MM-DD` strings, read field by field so no time zone can move a birthday.
 */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const age = y - by;
  return m < bm || (m === bm && d < bd) ? age - 1 : age;
}
