import { describe, expect, it } from 'vitest';
import { idCardCheckDigit } from './id-card.ts';
import {
  checkEmail,
  checkEmployeeNo,
  checkIdCardNo,
  checkOrgCode,
  checkPassportNo,
  checkPersonName,
  checkPhone,
  normaliseMobile,
  type Checked,
} from './field-rules.ts';

const value = <T>(c: Checked<T>): T | undefined => (c.ok ? c.value : undefined);
const code = <T>(c: Checked<T>): string | undefined => (c.ok ? undefined : c.problem.code);
const withCheck = (first17: string) => first17 + idCardCheckDigit(first17);

describe('mobile numbers', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['86 138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['008619912345678', '19912345678'],
  ])('accepts %s as %s', (raw, expected) => {
    expect(normaliseMobile(raw)).toBe(expected);
    expect(value(checkPhone(raw))).toBe(expected);
  });

  it.each(['12812345678', '1381234567', '138123456789', '+8512812345678', '1381234567a', '010-12345678'])('refuses %s', (raw) => {
    expect(normaliseMobile(raw)).toBeNull();
    expect(code(checkPhone(raw))).toBe('invalid');
  });

  it('an empty phone is missing, not invalid', () => {
    expect(code(checkPhone('  '))).toBe('required');
  });
});

describe('ID card numbers', () => {
  const today = new Date('2026-06-01T00:00:00Z');

  it('accepts a correct number and upper-cases an x check character', () => {
    const good = withCheck('11010519491231002');
    expect(value(checkIdCardNo(good, today))).toBe(good);
    // 11010519900307101 has check character X: a lower-case x is accepted and normalised.
    const withX = withCheck('11010519900307101');
    expect(withX.endsWith('X')).toBe(true);
    expect(value(checkIdCardNo(withX.toLowerCase(), today))).toBe(withX);
  });

  it('refuses a wrong check digit', () => {
    const good = withCheck('11010519491231002');
    const wrong = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const result = checkIdCardNo(wrong, today);
    expect(code(result)).toBe('invalid');
    expect(result.ok ? '' : result.problem.message).toMatch(/check digit/);
  });

  it('refuses impossible or future birth dates even with a matching check digit', () => {
    for (const first17 of ['11010519900230123', '11010519901301123', '11010518990101123', '11010520300101123']) {
      const result = checkIdCardNo(withCheck(first17), today);
      expect(code(result), first17).toBe('invalid');
      expect(result.ok ? '' : result.problem.message).toMatch(/birth date/);
    }
  });

  it('refuses the wrong length or characters', () => {
    for (const raw of ['11010519491231002', '1101051949123100211', '11010519491231002Y', 'abcdefghijklmnopqr']) {
      expect(code(checkIdCardNo(raw, today)), raw).toBe('invalid');
    }
  });
});

describe('other fields', () => {
  it('passport numbers: 5–20 letters or digits, upper-cased', () => {
    expect(value(checkPassportNo(' e12345678 '))).toBe('E12345678');
    expect(code(checkPassportNo('E123'))).toBe('invalid');
    expect(code(checkPassportNo('E1234-5678'))).toBe('invalid');
    expect(code(checkPassportNo('A'.repeat(21)))).toBe('invalid');
  });

  it('emails are trimmed and lower-cased', () => {
    expect(value(checkEmail(' Zhang.Wei@Huachen.Example.com '))).toBe('zhang.wei@huachen.example.com');
    for (const bad of ['zhang', 'zhang@', '@example.com', 'a b@example.com', 'a@example', 'a@@example.com']) {
      expect(code(checkEmail(bad)), bad).toBe('invalid');
    }
  });

  it('emails: at most 254 characters as sent, counted as the request schema counts them', () => {
    // 200 astral characters are 200 characters (400 UTF-16 units, which the rule used to count).
    expect(value(checkEmail(`${'𠮷'.repeat(200)}@example.com`))).toBe(`${'𠮷'.repeat(200)}@example.com`);
    expect(code(checkEmail(`${'a'.repeat(243)}@example.com`))).toBe('too_long');
  });

  it('employee numbers: 1–32 of [A-Za-z0-9_-]', () => {
    expect(value(checkEmployeeNo(' HC-00001_a '))).toBe('HC-00001_a');
    expect(code(checkEmployeeNo(''))).toBe('required');
    expect(code(checkEmployeeNo('A'.repeat(33)))).toBe('too_long');
    expect(code(checkEmployeeNo('HC 001'))).toBe('invalid');
    expect(code(checkEmployeeNo('工号1'))).toBe('invalid');
  });

  it('names count characters, not bytes', () => {
    expect(value(checkPersonName('欧阳'.repeat(25)))).toBe('欧阳'.repeat(25));
    expect(code(checkPersonName('欧阳'.repeat(25) + '娜'))).toBe('too_long');
    expect(value(checkPersonName('𠮷'.repeat(50)))).toBe('𠮷'.repeat(50));
    expect(code(checkPersonName('   '))).toBe('required');
  });

  it('organisation codes', () => {
    expect(value(checkOrgCode('HC-RD-PLT.1_a'))).toBe('HC-RD-PLT.1_a');
    expect(code(checkOrgCode('-HC'))).toBe('invalid');
    expect(code(checkOrgCode('研发'))).toBe('invalid');
  });
});
