import { describe, expect, it } from 'vitest';
import { compactCode, groupedCode, isCodeShaped } from './trackingCode';

describe('tracking codes as typed', () => {
  it('accepts lower case, spaces and missing dashes', () => {
    expect(compactCode(' f7km-3qx9 k ')).toBe('F7KM3QX9K');
    expect(groupedCode('f7km3qx9k')).toBe('F7KM-3QX9-K');
    expect(groupedCode('F7KM-3QX9-K')).toBe('F7KM-3QX9-K');
    expect(isCodeShaped('f7km 3qx9k')).toBe(true);
  });

  it('leaves what is not a code ungrouped and unasked', () => {
    expect(isCodeShaped('F7KM-3QX9')).toBe(false);
    expect(isCodeShaped('F7KM-3QX9-K!')).toBe(false);
    expect(groupedCode('ab-c')).toBe('ABC');
  });
});
