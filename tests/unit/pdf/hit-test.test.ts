import { describe, expect, it } from 'vitest';
import { highlightAtPoint } from '../../../src/core/pdf/hit-test';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('highlightAtPoint (a click on a painted PDF highlight)', () => {
  const lines: [string, ReturnType<typeof box>[]][] = [
    // Two lines of one highlight, and a short one inside its first line.
    ['long', [box(10, 100, 300, 120), box(10, 124, 120, 144)]],
    ['short', [box(50, 100, 90, 120)]],
  ];

  it('finds the highlight whose boxes hold the point, on any of its lines', () => {
    expect(highlightAtPoint(lines, 200, 110)).toBe('long');
    expect(highlightAtPoint(lines, 100, 130)).toBe('long');
  });

  it('prefers the innermost (smallest) highlight where two overlap', () => {
    expect(highlightAtPoint(lines, 60, 110)).toBe('short');
  });

  it('finds none between lines or beside them', () => {
    expect(highlightAtPoint(lines, 200, 122)).toBeUndefined();
    expect(highlightAtPoint(lines, 130, 130)).toBeUndefined();
    expect(highlightAtPoint([], 0, 0)).toBeUndefined();
  });
});
