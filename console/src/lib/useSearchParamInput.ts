import { useEffect, useEffectEvent, useState } from 'react';
import { useDebounced } from './useDebounced';
import { useUrlParams } from './urlParams';

export interface SearchParamInput {
  /** What is typed, as typed. */
  input: string;
  setInput: (value: string) => void;
  /** The trimmed text once typing has paused: what the URL parameter is set to. */
  term: string;
}

/**
 * A search box kept in the URL's `name` parameter (so a link or a reload keeps the search): it
 * starts from the parameter, and once typing pauses for `delayMs` the trimmed text replaces it,
 * without a history entry for every word.
 */
export function useSearchParamInput(name: string, delayMs: number): SearchParamInput {
  const [params, setParam] = useUrlParams();
  const [input, setInput] = useState(() => params.get(name) ?? '');
  const term = useDebounced(input.trim(), delayMs);
  // Only a newly settled term writes to the URL; the URL is read as it is at that moment, so
  // other parameters changing (a tab, a filter) neither re-run this nor put an old term back.
  const writeTerm = useEffectEvent((value: string) => {
    if ((params.get(name) ?? '') !== value) setParam(name, value);
  });
  useEffect(() => writeTerm(term), [term]);
  return { input, setInput, term };
}
