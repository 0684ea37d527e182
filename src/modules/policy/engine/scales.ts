/**
 * The ordered classes the rules compare (cabins, train seats, car service levels, rule actions),
 * as ranks (0 = lowest) and with their names in both languages.
 */

export const CABINS = ['economy', 'premium_economy', 'business', 'first'] as const;
export type Cabin = (typeof CABINS)[number];

/** Seats on high-speed (G/D/C) and conventional trains: 硬座 < 二等座 < 一等座 < 商务座. */
export const SEATS = ['hard_seat', 'second', 'first', 'business'] as const;
export type Seat = (typeof SEATS)[number];

/** Berths on sleeper trains (and D-train 动卧): 硬卧 < 软卧 < 高级软卧. */
export const SLEEPERS = ['hard_sleeper', 'soft_sleeper', 'deluxe_soft_sleeper'] as const;
export type Sleeper = (typeof SLEEPERS)[number];

/** A seat or a berth: seats and berths are two separate scales and are never compared with each other. */
export type SeatClass = Seat | Sleeper;

export const CAR_SERVICE_LEVELS = ['economy', 'comfort', 'business'] as const;
export type CarServiceLevel = (typeof CAR_SERVICE_LEVELS)[number];

/** The outcomes, in order: allow < warn (a reason code 超标原因 is required) < require_approval < block (the option is hidden). */
export const RULE_ACTIONS = ['allow', 'warn', 'require_approval', 'block'] as const;
export type Outcome = (typeof RULE_ACTIONS)[number];

/**
 * What a failed rule does: one of the outcomes, or 超标个人付 ('personal_pay', fare and hotel caps
 * only): the option is allowed and the traveller pays the part above the cap personally.
 */
export const RULE_ACTION_CHOICES = [...RULE_ACTIONS, 'personal_pay'] as const;
export type RuleAction = (typeof RULE_ACTION_CHOICES)[number];

function ranks<T extends string>(values: readonly T[]): Readonly<Record<T, number>> {
  const out: Partial<Record<T, number>> = {};
  values.forEach((v, i) => {
    out[v] = i;
  });
  return out as Readonly<Record<T, number>>;
}

export const CABIN_RANK = ranks(CABINS);
export const SEAT_RANK = ranks(SEATS);
export const SLEEPER_RANK = ranks(SLEEPERS);
export const CAR_LEVEL_RANK = ranks(CAR_SERVICE_LEVELS);
/** personal_pay allows the option, like allow: the amount paid personally is reported beside the outcome. */
export const ACTION_SEVERITY: Readonly<Record<RuleAction, number>> = { ...ranks(RULE_ACTIONS), personal_pay: 0 };

/** True for a value of the given list (for data read back from JSON, which the types cannot vouch for). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export function isSleeper(seat: SeatClass): seat is Sleeper {
  return seat === 'hard_sleeper' || seat === 'soft_sleeper' || seat === 'deluxe_soft_sleeper';
}

/** The stricter (more severe) of two actions. */
export function stricterAction(a: RuleAction, b: RuleAction): RuleAction {
  return ACTION_SEVERITY[a] >= ACTION_SEVERITY[b] ? a : b;
}

interface Names {
  zh: string;
  en: string;
}

export const CABIN_NAMES: Readonly<Record<Cabin, Names>> = {
  economy: { zh: '经济舱', en: 'economy' },
  premium_economy: { zh: '超级经济舱', en: 'premium economy' },
  business: { zh: '公务舱', en: 'business' },
  first: { zh: '头等舱', en: 'first' },
};

export const SEAT_CLASS_NAMES: Readonly<Record<SeatClass, Names>> = {
  hard_seat: { zh: '硬座', en: 'hard seat' },
  second: { zh: '二等座', en: 'second class' },
  first: { zh: '一等座', en: 'first class' },
  business: { zh: '商务座', en: 'business class' },
  hard_sleeper: { zh: '硬卧', en: 'hard sleeper' },
  soft_sleeper: { zh: '软卧', en: 'soft sleeper' },
  deluxe_soft_sleeper: { zh: '高级软卧', en: 'deluxe soft sleeper' },
};

export const CAR_LEVEL_NAMES: Readonly<Record<CarServiceLevel, Names>> = {
  economy: { zh: '经济型', en: 'economy' },
  comfort: { zh: '舒适型', en: 'comfort' },
  business: { zh: '商务型', en: 'business' },
};
