/**
 * A person's service history: a read model across features (conscription, militia, reserves,
 * training, staff). It reads each feature's tables with read-only SQL it owns and uses the others
 * only through their faces; nothing here writes.
 */
export { personServiceHistory } from './history';
export type { ServiceHistory } from './history';
