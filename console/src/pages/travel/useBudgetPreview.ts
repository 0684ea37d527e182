import { useEffect, useState } from 'react';
import { budgetApi } from '../../api/budget';
import type { BudgetCheck } from '../../api/types';
import { useDebounced } from '../../lib/useDebounced';

/** The live budget check (POST /budgets/check) for the caller, re-run as the total, date or project change. */
export function useBudgetPreview(amountFen: number, date: string, projectId: string) {
  const key = useDebounced(JSON.stringify([amountFen, date, projectId]), 400);
  const [result, setResult] = useState<{ key: string; check: BudgetCheck | null; error: unknown }>({ key: '', check: null, error: null });

  useEffect(() => {
    const [amount, day, project] = JSON.parse(key) as [number, string, string];
    if (amount <= 0 || !day) return undefined;
    const controller = new AbortController();
    budgetApi
      .check({ amountFen: amount, date: day, projectId: project || null }, controller.signal)
      .then((check) => setResult({ key, check, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ key, check: null, error });
      });
    return () => controller.abort();
  }, [key]);

  const wanted = amountFen > 0 && date !== '';
  return {
    check: wanted ? result.check : null,
    error: wanted ? result.error : null,
    loading: wanted && result.key !== JSON.stringify([amountFen, date, projectId]),
  };
}
