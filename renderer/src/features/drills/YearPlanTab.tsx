/** Kế hoạch năm: the year's exercises and courses on a timeline, and the half-year figures as charts. */
export function YearPlanTab() {
  return null;
}
