import { PageContainer } from '@/components/page-container';
import { AddToGroupsByKeyword } from '@/features/groups/components/add-to-groups-by-keyword';
import { privilegeNames } from '@/lib/arcgis/privileges';

import { PrivilegeGate } from '../layout/privilege-gate';

export function Component() {
  return (
    <PrivilegeGate privilege={privilegeNames.assignToGroups} title="Add members to groups by keyword" what="assign members to groups">
      <PageContainer
        title="Add members to groups by keyword"
        description="The same members, added to every group that matches a keyword — after you see which groups and who."
      >
        <AddToGroupsByKeyword />
      </PageContainer>
    </PrivilegeGate>
  );
}
