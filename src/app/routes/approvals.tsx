import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { ApprovalsList } from '@/features/approvals/components/approvals-list';

export function Component() {
  return (
    <PageContainer
      title="Approvals"
      description="Imports prepared by one administrator and approved by another before anything is added. Plans are stored in the portal, shared with an approvers' group."
    >
      <ApprovalsList planHref={paths.approval.href} />
    </PageContainer>
  );
}
