import type { ranks } from '../schema.ts';

/** 职级 as the API shows it. */
export interface RankView {
  code: string;
  name: string;
  level: number;
}

export const rankView = (r: typeof ranks.$inferSelect): RankView => ({ code: r.code, name: r.name, level: r.level });
