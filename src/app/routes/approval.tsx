import { useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { PlanView } from '@/features/approvals/components/plan-view';

const importHref = (planId: string, as: 'approve' | 'resubmit') => `${paths.membersImport.href()}?${new URLSearchParams({ plan: planId, as }).toString()}`;

export function Component() {
  const { planId = '' } = useParams();
  return (
    <PageContainer title="Import plan" description="An import waiting for, or given, a second administrator's decision.">
      <PlanView planId={planId} importHref={importHref} />
    </PageContainer>
  );
}
