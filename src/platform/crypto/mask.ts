/** Masking of personal data for callers who may not see it in full. */

function keepEnds(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(value.length - tail);
}

/** 13812345678 → 138****5678 */
export const maskPhone = (phone: string) => keepEnds(phone, 3, 4);
/** 110105194912310021 → 110***********0021 */
export const maskIdCard = (id: string) => keepEnds(id, 3, 4);
/** E12345678 → E1*****78 */
export const maskPassport = (passport: string) => keepEnds(passport, 2, 2);
