/** The discipline feature's types the renderer may import (re-exported by api/contract.ts). */
import type { ListPage } from '../shared/list-page';
import type { BreachStatus, DisciplineForce, HandlingForm } from './constants';

export type { BreachStatus, DisciplineForce, HandlingForm } from './constants';

/** A discipline breach of a militia member or a reservist and how it was handled. */
export interface DisciplineBreach {
  id: string;
  personId: string;
  fullName: string;
  birthDate: string;
  force: DisciplineForce;
  occurredOn: string;
  description: string;
  status: BreachStatus;
  form: HandlingForm | null;
  decisionNumber: string;
  handledOn: string | null;
  note: string;
  version: number;
}

export type DisciplineBreachPage = ListPage<DisciplineBreach>;

/** Breaches with their date in a range: by force, handled by the range's end, by form. */
export interface DisciplineFigures {
  total: number;
  byForce: Record<DisciplineForce, number>;
  handled: number;
  byForm: Partial<Record<HandlingForm, number>>;
}
