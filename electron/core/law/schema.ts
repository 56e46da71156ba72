import { z } from 'zod';
import { isoDate } from '../shared/fields';

/** The register as it applies on a day; today when left out. */
export const registerInput = z.strictObject({ date: isoDate.optional() });

export type RegisterInput = z.output<typeof registerInput>;

/** One version of a rule as the register page shows it. */
export interface RegisterRuleVersion {
  from: string;
  to: string | null;
  summary: string;
  citation: string;
  /** The version that applies on the register's date. */
  applies: boolean;
}

export interface RegisterRule {
  id: string;
  /** The version that applies on the date (null: the rule did not yet or no longer applies). */
  current: RegisterRuleVersion | null;
  versions: RegisterRuleVersion[];
}

export interface RegisterTextRef {
  id: string;
  number: string;
}

export interface RegisterText {
  id: string;
  kind: string;
  number: string;
  title: string;
  citation: string;
  signedOn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  inForce: boolean;
  amends: RegisterTextRef[];
  replaces: RegisterTextRef[];
  /** Later texts that amend or replace this one. */
  amendedBy: RegisterTextRef[];
  replacedBy: RegisterTextRef[];
  notes: string[];
  /** The rules with a version that cites this text (as source or as the amending text). */
  rules: RegisterRule[];
}

export interface LegalRegister {
  date: string;
  texts: RegisterText[];
}
