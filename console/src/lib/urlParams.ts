import { useSearchParams } from 'react-router-dom';

/** A copy of `params` with `name` set to `value`, or removed when `value` is empty. */
export function withParam(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  return next;
}

/**
 * The URL's search parameters, and a setter for one of them that keeps the others and replaces the
 * history entry (a filter or a tab is not a page to go back to). An empty value removes it.
 */
export function useUrlParams(): [URLSearchParams, (name: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const setParam = (name: string, value: string) => setParams((prev) => withParam(prev, name, value), { replace: true });
  return [params, setParam];
}
