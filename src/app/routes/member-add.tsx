import { PageContainer } from '@/components/page-container';
import { AddMemberWizard } from '@/features/members-import/add-member/components/add-member-wizard';
import { privilegeNames } from '@/lib/arcgis/privileges';

import { PrivilegeGate } from '../layout/privilege-gate';

export function Component() {
  return (
    <PrivilegeGate privilege={privilegeNames.inviteUsers} title="Add a member" what="add members">
      <PageContainer
        title="Add a member"
        description="One account at a time: fill in the details, check exactly what will be sent, then add it."
      >
        <AddMemberWizard />
      </PageContainer>
    </PrivilegeGate>
  );
}
