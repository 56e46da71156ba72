/**
 * What other features may use of law/ (the register of legal texts and the rules citing them): its
 * face. Everything else in the folder is its own (a lint rule, eslint/layers.mjs).
 */
export {
  amendmentsInForce,
  citeRule,
  isInForce,
  legalRule,
  legalText,
  ruleChangeDates,
  ruleVersionOn,
  textCitation,
  textsInForce,
  versionCitation,
} from './register';
export type { LegalRule, RuleSource, RuleVersion } from './rule-catalogue';
export type { LegalText, LegalTextKind } from './texts';
