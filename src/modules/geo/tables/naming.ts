/**
 * How the division data's official names become the directory's names (used by
 * build/build-divisions.ts when the generated data is made; nothing reads this at run time).
 */

/** Ethnic groups that appear in the names of autonomous prefectures (自治州), stripped with 自治州. */
export const ETHNIC_GROUPS: readonly string[] = [
  '土家',
  '苗',
  '朝鲜',
  '藏',
  '羌',
  '彝',
  '布依',
  '侗',
  '哈尼',
  '壮',
  '傣',
  '白',
  '景颇',
  '傈僳',
  '回',
  '蒙古',
  '柯尔克孜',
  '哈萨克',
];

/** Short names that the plain rule would make ambiguous: 海南藏族自治州 is not the province 海南. */
export const SHORT_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  海南藏族自治州: '海南州',
};

/** Where pinyin-pro reads a place name wrongly (polyphones): the right syllables. */
export const PINYIN_FIXES: Readonly<Record<string, readonly string[]>> = {
  喀什: ['ka', 'shi'],
  昌都: ['chang', 'du'],
  海南州: ['hai', 'nan', 'zhou'],
};

/**
 * English names that are not the capitalised pinyin: the usual English (often from the local
 * language) for cities that have one. Everything else is pinyin with apostrophes ("Xi'an").
 */
export const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  哈尔滨: 'Harbin',
  齐齐哈尔: 'Qiqihar',
  呼和浩特: 'Hohhot',
  鄂尔多斯: 'Ordos',
  呼伦贝尔: 'Hulunbuir',
  巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab',
  兴安: 'Hinggan',
  锡林郭勒: 'Xilingol',
  阿拉善: 'Alxa',
  大兴安岭: 'Da Hinggan Ling',
  乌鲁木齐: 'Urumqi',
  克拉玛依: 'Karamay',
  吐鲁番: 'Turpan',
  博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin',
  阿克苏: 'Aksu',
  克孜勒苏: 'Kizilsu',
  喀什: 'Kashgar',
  和田: 'Hotan',
  伊犁: 'Ili',
  阿勒泰: 'Altay',
  阿拉尔: 'Aral',
  图木舒克: 'Tumxuk',
  可克达拉: 'Kokdala',
  拉萨: 'Lhasa',
  日喀则: 'Shigatse',
  昌都: 'Qamdo',
  林芝: 'Nyingchi',
  那曲: 'Nagqu',
  阿里: 'Ngari',
  果洛: 'Golog',
  海南州: 'Hainan Prefecture',
  阿坝: 'Ngawa',
  甘孜: 'Garze',
};
