import { describe, expect, it } from 'vitest';
import { cslName, displayName, familyFirstName } from '../../../src/core/citation/csl-name';

describe('cslName', () => {
  it('puts particles, suffixes and hyphens in their CSL parts', () => {
    expect(cslName('Pieter van der Berg')).toEqual({ given: 'Pieter', 'non-dropping-particle': 'van der', family: 'Berg' });
    expect(cslName('Martin Luther King Jr.')).toEqual({ given: 'Martin Luther', family: 'King', suffix: 'Jr.' });
    expect(cslName('King, Martin Luther, Jr.')).toEqual({ given: 'Martin Luther', family: 'King', suffix: 'Jr.' });
    expect(cslName('John Smith III')).toEqual({ given: 'John', family: 'Smith', suffix: 'III' });
    expect(cslName('Jean-Paul Sartre')).toEqual({ given: 'Jean-Paul', family: 'Sartre' });
    expect(cslName('Doe, Jane')).toEqual({ given: 'Jane', family: 'Doe' });
  });

  it('keeps organisations, single words and CJK names as literals', () => {
    expect(cslName('Smith and Wesson Staff')).toEqual({ literal: 'Smith and Wesson Staff' });
    expect(cslName('Associated Press')).toEqual({ literal: 'Associated Press' });
    expect(cslName('Reuters')).toEqual({ literal: 'Reuters' });
    expect(cslName('王子瑶')).toEqual({ literal: '王子瑶' });
    expect(cslName('  田中 太郎 ')).toEqual({ literal: '田中 太郎' });
  });

  it('writes names back in reading and family-first order', () => {
    expect(displayName(cslName('Pieter van der Berg'))).toBe('Pieter van der Berg');
    expect(familyFirstName(cslName('Pieter van der Berg'))).toBe('van der Berg, Pieter');
    expect(familyFirstName(cslName('Martin Luther King Jr.'))).toBe('King, Martin Luther, Jr.');
    expect(familyFirstName(cslName('王子瑶'))).toBe('王子瑶');
  });
});
