import type { IsoDate } from '../shared/dates';
import type { MovementKind } from './schema';

/*
 * The book's rules, as replays of a piece's or a kind's movements in date order.
 *
 * Basis (December 2026, secondary sources): Law 14/2017/QH14 on managing and using weapons,
 * explosives and support tools, Art. 18(1)(b), names the militia (dân quân tự vệ) among the forces
 * equipped with military weapons; it was replaced from 01/01/2025 by Law 42/2024/QH15 (adopted
 * 29/06/2024; its article on the equipped forces not checked). The Militia Law 2009 (43/2009/QH12)
 * Art. 31 said the militia is equipped with weapons, support tools and technical means, registered,
 * managed and used "theo quy định của pháp luật"; the Militia Law 2019 (48/2019/QH14) has an article
 * to the same effect, UNVERIFIED (number and wording not read; believed around Art. 35–36).
 * Decree 72/2020/NĐ-CP (in force 15/08/2020) is reported to cover organisation and policy, not the
 * weapons book. No text we could read lays the book's rules down; they are the office's common
 * practice — a piece is issued once until returned, stock never goes below zero, a written-off piece
 * leaves the book — which these texts presuppose.
 *
 * Replaying after a write (instead of checking only the new movement) also refuses a back-dated
 * movement that would break a later one: an issue dated before a later issue of the same piece.
 */

export interface Holder {
  /** 'u:<unitId>' or 'p:<personId>', to compare holders. */
  key: string;
  name: string;
}

export type Violation = { code: string; values: Record<string, string | number> };

export interface ItemEvent {
  kind: MovementKind;
  movedOn: IsoDate;
  holder: Holder | null;
}

/**
 * A serial piece's life: in store from its receipt; issued to one holder until returned (by that
 * holder); written off only from store; nothing after a write-off or before the receipt.
 * `events` in date order (same day: in the order recorded); the receipt is among them.
 */
export function replayItem(receivedOn: IsoDate, events: readonly ItemEvent[]): Violation | null {
  let issued: { holder: Holder; since: IsoDate } | null = null;
  let writtenOffOn: IsoDate | null = null;
  for (const e of events) {
    if (e.movedOn < receivedOn) return { code: 'RULE_EQUIPMENT_BEFORE_RECEIPT', values: { date: receivedOn } };
    if (writtenOffOn !== null) return { code: 'RULE_EQUIPMENT_WRITTEN_OFF', values: { date: writtenOffOn } };
    if (e.kind === 'issue') {
      if (issued)
        return {
          code: 'RULE_EQUIPMENT_ALREADY_ISSUED',
          values: { holder: issued.holder.name, since: issued.since },
        };
      issued = { holder: e.holder!, since: e.movedOn };
    } else if (e.kind === 'return') {
      if (!issued) return { code: 'RULE_EQUIPMENT_NOT_ISSUED', values: { date: e.movedOn } };
      if (issued.holder.key !== e.holder!.key)
        return { code: 'RULE_EQUIPMENT_OTHER_HOLDER', values: { holder: issued.holder.name, since: issued.since } };
      issued = null;
    } else if (e.kind === 'write_off') {
      if (issued) return { code: 'RULE_EQUIPMENT_ISSUED_WRITE_OFF', values: { holder: issued.holder.name } };
      writtenOffOn = e.movedOn;
    }
  }
  return null;
}

export interface StockEvent {
  kind: MovementKind;
  movedOn: IsoDate;
  quantity: number;
  holder: Holder | null;
}

/**
 * A counted kind's store: receipts and returns add, issues and write-offs take away, and the store
 * never goes below zero; a holder never returns more than it was issued and still holds.
 */
export function replayStock(events: readonly StockEvent[]): Violation | null {
  let store = 0;
  const held = new Map<string, number>();
  for (const e of events) {
    const holding = e.holder ? (held.get(e.holder.key) ?? 0) : 0;
    if (e.kind === 'receive') store += e.quantity;
    else if (e.kind === 'issue' || e.kind === 'write_off') {
      if (e.quantity > store) return { code: 'RULE_EQUIPMENT_STOCK_SHORT', values: { date: e.movedOn, left: store } };
      store -= e.quantity;
      if (e.kind === 'issue') held.set(e.holder!.key, holding + e.quantity);
    } else if (e.kind === 'return') {
      if (e.quantity > holding)
        return {
          code: 'RULE_EQUIPMENT_RETURN_EXCEEDS',
          values: { date: e.movedOn, held: holding, holder: e.holder!.name },
        };
      held.set(e.holder!.key, holding - e.quantity);
      store += e.quantity;
    }
  }
  return null;
}
