import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { MembersImportWizard } from '@/features/members-import/bulk-import/components/members-import-wizard';
import { privilegeNames } from '@/lib/arcgis/privileges';

import { PrivilegeGate } from '../layout/privilege-gate';

export function Component() {
  return (
    <PrivilegeGate privilege={privilegeNames.inviteUsers} title="Import members" what="add members">
      <PageContainer
        title="Import members"
        description="Add members in bulk from a file. Every row is checked and shown to you before anything is sent."
      >
        <MembersImportWizard membersHref={paths.members.href()} />
      </PageContainer>
    </PrivilegeGate>
  );
}
