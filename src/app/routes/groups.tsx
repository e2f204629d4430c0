import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Link as RouterLink } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { CreateGroupButton } from '@/features/groups/components/create-group-button';
import { GroupFilterBar } from '@/features/groups/components/group-filter-bar';
import { GroupsTable } from '@/features/groups/components/groups-table';
import { useGroupListParams } from '@/features/groups/use-group-list-params';
import { hasPrivilege, privilegeNames } from '@/lib/arcgis/privileges';

import { useSignedInMember } from '../layout/use-signed-in-member';

export function Component() {
  const member = useSignedInMember();
  const [params, setParams] = useGroupListParams();
  return (
    <PageContainer
      title="Groups"
      description="The organization’s groups, searched and sorted by the portal."
      actions={
        <>
          {hasPrivilege(member, privilegeNames.assignToGroups) ? (
            <Button variant="outlined" component={RouterLink} to={paths.groupsAddByKeyword.href()}>
              Add members to groups by keyword
            </Button>
          ) : null}
          {hasPrivilege(member, privilegeNames.createGroup) ? <CreateGroupButton /> : null}
        </>
      }
    >
      <Stack spacing={1.5}>
        <GroupFilterBar params={params} onChange={setParams} />
        <GroupsTable params={params} onParamsChange={setParams} />
      </Stack>
    </PageContainer>
  );
}
