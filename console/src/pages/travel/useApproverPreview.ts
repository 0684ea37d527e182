import { useEffect, useState } from 'react';
import { approvalApi } from '../../api/approval';
import type { ApprovalPreview } from '../../api/types';
import { useDebounced } from '../../lib/useDebounced';

/** 预计审批人 (POST /approvals/preview) for the caller's request, re-run as the total or project change. */
export function useApproverPreview(amountFen: number, projectId: string) {
  const key = useDebounced(JSON.stringify([amountFen, projectId]), 400);
  const [result, setResult] = useState<{ key: string; preview: ApprovalPreview | null; error: unknown }>({
    key: '',
    preview: null,
    error: null,
  });

  useEffect(() => {
    const [amount, project] = JSON.parse(key) as [number, string];
    if (amount <= 0) return undefined;
    const controller = new AbortController();
    approvalApi
      .preview({ category: 'travel_request', amountFen: amount, projectId: project || null }, controller.signal)
      .then((preview) => setResult({ key, preview, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ key, preview: null, error });
      });
    return () => controller.abort();
  }, [key]);

  const wanted = amountFen > 0;
  return {
    wanted,
    preview: wanted ? result.preview : null,
    error: wanted ? result.error : null,
    loading: wanted && result.key !== JSON.stringify([amountFen, projectId]),
  };
}
