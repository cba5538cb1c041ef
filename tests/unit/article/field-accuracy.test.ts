import { describe, expect, it } from 'vitest';
import { expectedDay, isAuthorRight, isDateRight } from '../../../bench/lib/field-accuracy';

describe('bench field accuracy', () => {
  it('compares a month-only ground truth by month, whether the detection has a day or not', () => {
    const month = expectedDay('1998-3');
    expect(month).toBe('1998-03');
    expect(isDateRight(month!, '1998-03')).toBe(true);
    expect(isDateRight(month!, '1998-03-15T08:00:00')).toBe(true);
    expect(isDateRight(month!, '1998-04')).toBe(false);
  });

  it('needs the calendar day when the ground truth names one', () => {
    const day = expectedDay('2022-01-27');
    expect(isDateRight(day!, '2022-01')).toBe(false);
    expect(isDateRight(day!, '2022-01-28T00:00:00')).toBe(false);
    expect(isDateRight(day!, '2022-01-27T09:30:00+08:00')).toBe(true);
  });

  it('finds the expected author inside the joined names, ignoring spaces', () => {
    expect(isAuthorRight('王建宏 张文攀', ['王建宏', '张文攀'])).toBe(true);
    expect(isAuthorRight('山石', ['王建宏'])).toBe(false);
  });
});
