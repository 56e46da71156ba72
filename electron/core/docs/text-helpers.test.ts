import { describe, expect, it } from 'vitest';
import { ratePercent, rateText } from './text-helpers';

describe('rates', () => {
  it('shows at most 2 decimals with a decimal comma and no trailing zeros, as the training screen', () => {
    expect(rateText(ratePercent(36, 45))).toBe('80');
    expect(rateText(ratePercent(7, 8))).toBe('87,5');
    expect(rateText(ratePercent(2, 3))).toBe('66,67');
    expect(rateText(ratePercent(1, 0))).toBe('');
  });
});
