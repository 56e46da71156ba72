import { describe, expect, it } from 'vitest';
import { replayItem, replayStock, type Holder, type ItemEvent, type StockEvent } from './rules';

const platoon: Holder = { key: 'u:1', name: 'Trung đội dân quân cơ động' };
const squad: Holder = { key: 'u:2', name: 'Tiểu đội 1' };
const item = (kind: ItemEvent['kind'], movedOn: string, holder: Holder | null = null): ItemEvent => ({
  kind,
  movedOn,
  holder,
});
const stock = (
  kind: StockEvent['kind'],
  movedOn: string,
  quantity: number,
  holder: Holder | null = null,
): StockEvent => ({
  kind,
  movedOn,
  quantity,
  holder,
});

describe('a serial piece’s history', () => {
  it('passes receive → issue → return → issue → return → write-off, maintenance any time before the write-off', () => {
    expect(
      replayItem('2023-01-05', [
        item('receive', '2023-01-05'),
        item('issue', '2023-02-01', platoon),
        item('maintenance', '2023-03-01'),
        item('return', '2023-04-01', platoon),
        item('issue', '2023-04-01', squad),
        item('return', '2023-05-01', squad),
        item('write_off', '2023-06-01'),
      ]),
    ).toBeNull();
  });

  it('names the holder and the day of an issue not returned', () => {
    expect(
      replayItem('2023-01-05', [item('issue', '2023-02-01', platoon), item('issue', '2023-02-02', squad)]),
    ).toEqual({
      code: 'RULE_EQUIPMENT_ALREADY_ISSUED',
      values: { holder: 'Trung đội dân quân cơ động', since: '2023-02-01' },
    });
  });

  it('refuses a movement the day before the receipt but not on its day', () => {
    expect(replayItem('2023-01-05', [item('maintenance', '2023-01-04')])?.code).toBe('RULE_EQUIPMENT_BEFORE_RECEIPT');
    expect(replayItem('2023-01-05', [item('maintenance', '2023-01-05')])).toBeNull();
  });

  it('refuses a return of a piece in store, by another holder, and anything after the write-off', () => {
    expect(replayItem('2023-01-05', [item('return', '2023-02-01', platoon)])?.code).toBe('RULE_EQUIPMENT_NOT_ISSUED');
    expect(
      replayItem('2023-01-05', [item('issue', '2023-02-01', platoon), item('return', '2023-03-01', squad)])?.code,
    ).toBe('RULE_EQUIPMENT_OTHER_HOLDER');
    expect(replayItem('2023-01-05', [item('write_off', '2023-02-01'), item('maintenance', '2023-02-01')])).toEqual({
      code: 'RULE_EQUIPMENT_WRITTEN_OFF',
      values: { date: '2023-02-01' },
    });
  });
});

describe('a counted kind’s store', () => {
  it('may be emptied to zero exactly, not one below', () => {
    const received = stock('receive', '2023-01-05', 100);
    expect(replayStock([received, stock('issue', '2023-02-01', 100, platoon)])).toBeNull();
    expect(replayStock([received, stock('issue', '2023-02-01', 101, platoon)])).toEqual({
      code: 'RULE_EQUIPMENT_STOCK_SHORT',
      values: { date: '2023-02-01', left: 100 },
    });
    expect(replayStock([received, stock('write_off', '2023-02-01', 101)])?.code).toBe('RULE_EQUIPMENT_STOCK_SHORT');
  });

  it('takes back from a holder at most what it holds, and a return fills the store again', () => {
    const events = [stock('receive', '2023-01-05', 100), stock('issue', '2023-02-01', 60, platoon)];
    expect(
      replayStock([...events, stock('return', '2023-03-01', 60, platoon), stock('issue', '2023-03-02', 100, squad)]),
    ).toBeNull();
    expect(replayStock([...events, stock('return', '2023-03-01', 1, squad)])).toEqual({
      code: 'RULE_EQUIPMENT_RETURN_EXCEEDS',
      values: { date: '2023-03-01', held: 0, holder: 'Tiểu đội 1' },
    });
  });
});
