/**
 * Chinese personal names for demo data, with a small pinyin table so that
 * e-mail addresses can be derived deterministically (zhangwei@…).
 */
import type { Rng } from './random.ts';

export type Gender = 'male' | 'female';

/** Common surnames with rough relative frequencies (‰ of the population). */
// Formatting: A frequency table, kept eight to a line.
// prettier-ignore
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 71], ['李', 70], ['张', 67], ['刘', 54], ['陈', 46], ['杨', 31], ['黄', 25], ['赵', 23],
  ['吴', 20], ['周', 19], ['徐', 13], ['孙', 12], ['马', 12], ['朱', 11], ['胡', 11], ['郭', 11],
  ['何', 10], ['高', 10], ['林', 9], ['罗', 9], ['郑', 9], ['梁', 8], ['谢', 7], ['宋', 7],
  ['唐', 7], ['许', 6], ['韩', 6], ['冯', 6], ['邓', 6], ['曹', 5], ['彭', 5], ['曾', 5],
  ['肖', 5], ['田', 4], ['董', 4], ['袁', 4], ['潘', 4], ['于', 4], ['蒋', 4], ['蔡', 4],
  ['余', 4], ['杜', 4], ['叶', 4], ['程', 3], ['苏', 3], ['魏', 3], ['吕', 3], ['丁', 3],
  ['任', 3], ['沈', 3], ['姚', 3], ['卢', 3], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3],
  ['陆', 3], ['汪', 3], ['范', 3], ['金', 3], ['石', 3], ['廖', 3], ['贾', 2], ['夏', 2],
  ['韦', 2], ['付', 2], ['方', 2], ['白', 2], ['邹', 2], ['孟', 2], ['熊', 2], ['秦', 2],
  ['邱', 2], ['江', 2], ['尹', 2], ['薛', 2], ['闫', 2], ['段', 2], ['雷', 2], ['侯', 2],
  ['龙', 2], ['史', 2], ['陶', 2], ['黎', 2], ['贺', 2], ['顾', 2], ['毛', 2], ['郝', 2],
  ['龚', 2], ['邵', 2], ['万', 2], ['钱', 2], ['严', 2], ['武', 2], ['戴', 2], ['孔', 1],
  ['向', 1], ['汤', 1], ['莫', 1],
];

/** Given names actually in common use (two characters). */
// Formatting: Name lists, kept many to a line.
// prettier-ignore
export const DOUBLE_GIVEN_NAMES: Readonly<Record<Gender, readonly string[]>> = {
  male: [
    '志强', '建华', '建国', '国强', '晓明', '俊杰', '浩然', '子轩', '宇航', '文博', '天宇', '明辉',
    '海涛', '振宇', '鹏飞', '永刚', '立新', '建军', '伟东', '晓东', '志明', '家豪', '思远', '一鸣',
    '泽宇', '博文', '皓轩', '宇轩', '浩宇', '云飞', '国栋', '鑫磊', '建平', '志刚', '海峰', '晨阳',
    '子豪', '昊天', '睿泽', '文涛', '振华', '亚东', '少华', '春生', '德明', '俊峰', '永强', '宏伟',
    '志伟', '明轩', '思源', '嘉诚', '立伟', '晓峰', '旭东', '卫东', '国华', '建明', '永辉', '文杰',
    '耀华', '金龙', '学文',
  ],
  female: [
    '秀英', '桂英', '丽娟', '晓燕', '雪梅', '婷婷', '静怡', '思涵', '雨萱', '欣怡', '梓涵', '诗琪',
    '佳怡', '梦瑶', '雅琪', '晓丽', '丽华', '玉兰', '海燕', '红梅', '晓红', '慧敏', '文静', '美玲',
    '嘉欣', '雨涵', '可馨', '若曦', '心怡', '佳琪', '晶晶', '丹丹', '莉莉', '倩倩', '璐璐', '晓婷',
    '雅婷', '雪莹', '雅静', '玉婷', '晓雯', '婉婷', '思雨', '一诺', '佳慧', '欣然', '梦琪', '紫涵',
    '艳萍', '春燕', '淑芬', '美华', '文娟', '秀兰', '凤霞', '丽萍', '晓琳', '静雯', '诗涵',
  ],
};

/** Single-character given names. */
// Formatting: Name lists, kept many to a line.
// prettier-ignore
export const SINGLE_GIVEN_NAMES: Readonly<Record<Gender, readonly string[]>> = {
  male: [
    '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '辉', '鹏', '飞', '鑫', '波',
    '宇', '浩', '凯', '健', '俊', '帆', '旭', '峰', '亮', '毅', '诚', '航', '博',
  ],
  female: [
    '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '玲', '婷', '雪', '慧', '颖', '琳', '洁', '倩',
    '晶', '燕', '萍', '梅', '莉', '欣', '怡', '璐', '蕾', '薇', '楠', '晴', '丹', '妍', '蓉', '菲',
  ],
};

/**
 * Pinyin (toneless, ü written as v) for every character used above.
 * Format: each token is one Han character immediately followed by its pinyin.
 */
const PINYIN_TABLE = `
王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu
郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao
彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su
魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin
石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin
薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan
钱qian 严yan 武wu 戴dai 孔kong 向xiang 汤tang 莫mo
志zhi 强qiang 建jian 华hua 国guo 晓xiao 明ming 俊jun 杰jie 浩hao 然ran 子zi 轩xuan 宇yu 航hang
文wen 博bo 天tian 辉hui 海hai 涛tao 振zhen 鹏peng 飞fei 永yong 刚gang 立li 新xin 军jun 伟wei
东dong 家jia 豪hao 思si 远yuan 一yi 鸣ming 泽ze 皓hao 云yun 栋dong 鑫xin 磊lei 平ping 峰feng
晨chen 阳yang 昊hao 睿rui 亚ya 少shao 春chun 生sheng 德de 宏hong 源yuan 嘉jia 诚cheng 旭xu
卫wei 耀yao 学xue 勇yong 斌bin 超chao 波bo 凯kai 健jian 帆fan 亮liang 毅yi
秀xiu 英ying 桂gui 丽li 娟juan 燕yan 雪xue 梅mei 婷ting 静jing 怡yi 涵han 雨yu 萱xuan 欣xin
梓zi 诗shi 琪qi 佳jia 梦meng 瑶yao 雅ya 玉yu 兰lan 红hong 慧hui 敏min 美mei 玲ling 可ke 馨xin
若ruo 曦xi 心xin 晶jing 丹dan 莉li 倩qian 璐lu 莹ying 雯wen 婉wan 诺nuo 紫zi 艳yan 萍ping
淑shu 芬fen 凤feng 霞xia 琳lin 芳fang 娜na 颖ying 洁jie 蕾lei 薇wei 楠nan 晴qing 妍yan 蓉rong
菲fei
`;

const PINYIN: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const token of PINYIN_TABLE.split(/\s+/)) {
    if (token === '') continue;
    const match = /^(\p{Script=Han})([a-z]+)$/u.exec(token);
    if (match === null || match[1] === undefined || match[2] === undefined) {
      throw new Error(`malformed pinyin token: ${token}`);
    }
    const existing = map.get(match[1]);
    if (existing !== undefined && existing !== match[2]) {
      throw new Error(`conflicting pinyin for ${match[1]}: ${existing} / ${match[2]}`);
    }
    map.set(match[1], match[2]);
  }
  return map;
})();

/** Toneless pinyin of a name made of characters from the pools above. */
export function toPinyin(text: string): string {
  let out = '';
  for (const ch of text) {
    const py = PINYIN.get(ch);
    if (py === undefined) throw new Error(`no pinyin for character ${ch} in ${text}`);
    out += py;
  }
  return out;
}

export interface PersonName {
  surname: string;
  given: string;
  /** surname + given, e.g. 张伟 */
  full: string;
}

/**
 * Draws a realistic name that is not yet in `used` (and records it there).
 * About one in five people has a single-character given name.
 */
export function drawUniqueName(rng: Rng, gender: Gender, used: Set<string>): PersonName {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const surname = rng.weighted(SURNAMES);
    const given = rng.chance(0.2) ? rng.pick(SINGLE_GIVEN_NAMES[gender]) : rng.pick(DOUBLE_GIVEN_NAMES[gender]);
    const full = surname + given;
    if (!used.has(full)) {
      used.add(full);
      return { surname, given, full };
    }
  }
  throw new Error('name pool exhausted');
}
