import type {
  FamilySupportKind,
  PolicyCaseKind,
  PolicyOutcome,
  PolicySoldierOption,
  ReturneeSupportKind,
} from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { optionsOf } from '../../shared/options';

const t = vi.policy;

export const supportKindOptions = optionsOf<FamilySupportKind>(t.supports.kinds);
export const returneeSupportKindOptions = optionsOf<ReturneeSupportKind>(t.returnees.supportKinds);
export const caseKindOptions = optionsOf<PolicyCaseKind>(t.cases.kinds);
export const outcomeOptions = optionsOf<PolicyOutcome>(t.cases.outcomes);

const thousands = new Intl.NumberFormat('vi-VN');

/** "500.000" (Vietnamese thousands separator). */
export const groupedDigits = (n: number): string => thousands.format(n);

/** "500.000 đ", or '' when no money was given. */
export const moneyText = (amount: number | null): string =>
  amount === null ? '' : format(t.money, { amount: groupedDigits(amount) });

/** The money box's display ("1.500.000") and what it reads back (digits only). */
export const moneyInput = {
  formatter: (value: number | string | undefined) =>
    value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.'),
  parser: (text: string | undefined) => Number((text ?? '').replace(/\D/g, '')),
};

/** Years from the first the office recorded on paper (2020) to next year, newest first. */
export function yearOptions(current: number) {
  return Array.from({ length: current + 2 - 2020 }, (_, i) => current + 1 - i).map((y) => ({
    value: y,
    label: String(y),
  }));
}

/** "Nguyễn Văn An – 02/05/2003 – giao quân năm 2022". */
export function soldierLabel(p: Pick<PolicySoldierOption, 'fullName' | 'birthDate' | 'handoverYear'>): string {
  const values = { name: p.fullName, birthDate: displayDate(p.birthDate) };
  return p.handoverYear === null
    ? format(t.soldierOption, values)
    : format(t.soldierHandedOver, { ...values, year: p.handoverYear });
}
