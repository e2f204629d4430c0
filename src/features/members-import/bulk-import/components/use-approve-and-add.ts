import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { matchesPlan } from '@/lib/approvals/import-plan';
import { approvalRefusal } from '@/lib/approvals/plan-status';
import { recordDecision } from '@/lib/arcgis/approval-items';
import { approvalQueries } from '@/lib/arcgis/approval-queries';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { refreshAfter } from '@/lib/portal-changes';

import type { PlanIntent } from './import-approval';
import type { ApprovalNames } from '../../core/review-to-csv';

type Source = () => {
  fileSha256: string;
  mapping: Record<string, number | undefined>;
  fixes: Record<number, Partial<Record<string, string>>>;
  exclusions: number[];
} | null;

/**
 * The approver's "Approve and add": refused to the plan's preparer, and to a review that no longer sends what the
 * plan says (a fix made while approving, or the plan resubmitted meanwhile). Records the decision, then the caller runs
 * the import. Resolves to who prepared and who approved (for the report), or null when refused (the reason is in `error`).
 */
export function useApproveAndAdd(intent: PlanIntent | null, source: Source) {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const loaded = intent?.plan.data ?? null;
  const refusal = loaded ? approvalRefusal(loaded.item, session.username) : null;

  const approve = async (): Promise<ApprovalNames | null> => {
    setError(null);
    if (!intent || !loaded?.plan) return null;
    if (refusal) {
      setError(refusal);
      return null;
    }
    try {
      const review = source();
      const now = await queryClient.query({ ...approvalQueries.plan(session, intent.planId), staleTime: 0 });
      if (!now.plan || now.plan.planSha256 !== loaded.plan.planSha256) {
        setError('The plan was changed since you opened it: open it again and review the new version.');
        return null;
      }
      if (!review || !matchesPlan(now.plan, review)) {
        setError(
          'The review no longer matches the plan (a row was fixed or excluded here). Reject the plan with a comment instead, so that its preparer changes it.',
        );
        return null;
      }
      await recordDecision(
        session,
        {
          planId: intent.planId,
          planSha256: now.plan.planSha256,
          decision: 'approved',
          comment: '',
          decidedBy: session.username,
          decidedAt: new Date().toISOString(),
        },
        now.groups.map((group) => group.id),
      );
      void refreshAfter(queryClient, ['approvals']);
      return { preparedBy: now.item.owner, approvedBy: session.username };
    } catch (cause) {
      setError(toAppError(cause).message);
      return null;
    }
  };

  return { approve, error, refusal: intent?.as === 'approve' ? refusal : null };
}
