import { useEffect, useState } from 'react';
import { approvalApi } from '../../api/approval';
import type { ApprovalPreview } from '../../api/types';
import { useDebounced } from '../../lib/useDebounced';

/** Who travels and which cost centre pays: what 每位出行人的直属上级 and 成本中心负责人 stages resolve from. */
export interface PreviewBearer {
  travellerIds?: string[];
  costCentreId?: string;
}

/** 预计审批人 (POST /approvals/preview) for the caller's request, re-run as the total, project, travellers or cost centre change. */
export function useApproverPreview(amountFen: number, projectId: string, bearer: PreviewBearer = {}) {
  const wantedKey = JSON.stringify([amountFen, projectId, bearer.travellerIds ?? null, bearer.costCentreId ?? '']);
  const key = useDebounced(wantedKey, 400);
  const [result, setResult] = useState<{ key: string; preview: ApprovalPreview | null; error: unknown }>({
    key: '',
    preview: null,
    error: null,
  });

  useEffect(() => {
    const [amount, project, travellerIds, costCentreId] = JSON.parse(key) as [number, string, string[] | null, string];
    if (amount <= 0) return undefined;
    const controller = new AbortController();
    approvalApi
      .preview(
        {
          category: 'travel_request',
          amountFen: amount,
          projectId: project || null,
          ...(travellerIds && travellerIds.length > 0 ? { travellerIds } : {}),
          ...(costCentreId ? { costCentreId } : {}),
        },
        controller.signal,
      )
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
    loading: wanted && result.key !== wantedKey,
  };
}
