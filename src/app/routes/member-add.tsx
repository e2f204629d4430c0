import { PageContainer } from '@/components/page-container';
import { AddMemberWizard } from '@/features/members-import/add-member/components/add-member-wizard';

export function Component() {
  return (
    <PageContainer title="Add a member" description="One account at a time: fill in the details, check exactly what will be sent, then add it.">
      <AddMemberWizard />
    </PageContainer>
  );
}
