import Stack from '@mui/material/Stack';
import { useCallback } from 'react';

import { PageContainer } from '@/components/page-container';
import { MemberSearchField } from '@/features/users/components/member-search-field';
import { MembersTable } from '@/features/users/components/members-table';
import { useMemberListParams } from '@/features/users/use-member-list-params';
import { privilegeNames } from '@/lib/arcgis/privileges';

import { PrivilegeGate } from '../layout/privilege-gate';

export function Component() {
  return (
    <PrivilegeGate privilege={privilegeNames.viewUsers} title="Members" what="view members">
      <MembersScreen />
    </PrivilegeGate>
  );
}

function MembersScreen() {
  const [params, setParams] = useMemberListParams();
  const handleSearch = useCallback(
    (search: string) => {
      setParams({ search, page: 0 });
    },
    [setParams],
  );
  return (
    <PageContainer title="Members" description="Everyone in your organization, searched and sorted by the portal.">
      <Stack spacing={1.5}>
        <MemberSearchField value={params.search} onSearch={handleSearch} />
        <MembersTable params={params} onParamsChange={setParams} />
      </Stack>
    </PageContainer>
  );
}
