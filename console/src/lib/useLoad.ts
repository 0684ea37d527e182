import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface LoadState<T> {
  data: T | undefined;
  error: unknown;
  /** True from the very render in which `key` changes until its answer arrives. */
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  token: string;
  data: T | undefined;
  error: unknown;
}

/**
 * Runs `loader` whenever `key` changes (and on reload()). Answers to superseded loads are
 * dropped; the previous data stays visible while the next load runs.
 */
export function useLoad<T>(loader: () => Promise<T>, key: string): LoadState<T> {
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>({ token: '', data: undefined, error: null });
  const loaderRef = useRef(loader);
  useLayoutEffect(() => {
    loaderRef.current = loader;
  });

  const token = `${version}\u0000${key}`;

  useEffect(() => {
    let current = true;
    loaderRef.current().then(
      (data) => {
        if (current) setSettled({ token, data, error: null });
      },
      (error: unknown) => {
        if (current) setSettled((prev) => ({ token, data: prev.data, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [token]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const loading = settled.token !== token;
  return { data: settled.data, error: loading ? null : settled.error, loading, reload };
}
