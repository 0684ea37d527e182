/**
 * English as typed against the Chinese messages: the same keys, plus an optional singular
 * (`key_one`) beside any message — Chinese says a count one way, English two. i18next picks
 * `key_one` for a count of 1 and falls back to `key` for every other count.
 */
export type English<T> = { [K in keyof T]: T[K] extends string ? string : English<T[K]> } & {
  [K in keyof T as T[K] extends string ? `${K & string}_one` : never]?: string;
};
