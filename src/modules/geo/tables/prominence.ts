/**
 * Resident population (万人, 第七次全国人口普查 2020) of the cities that share a pinyin with a city
 * of the same tier, so that an ambiguous spelling ('yichun', 'yulin') resolves to the larger one.
 * A test checks that every such group is covered.
 */
export const POPULATION_2020: Readonly<Record<string, number>> = {
  yichun_jx: 500.7, // 宜春
  yichun_hl: 87.9, // 伊春
  yulin_gx: 579.7, // 玉林
  yulin_sn: 362.5, // 榆林
};
