import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link as RouterLink } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { allowedMemberActions } from '@/features/members/bulk/member-action-privileges';
import { ExportMembersButton } from '@/features/members/table/components/export-members-button';
import { MemberFilterBar } from '@/features/members/table/components/member-filter-bar';
import { MemberSearchField } from '@/features/members/table/components/member-search-field';
import { MembersTable } from '@/features/members/table/components/members-table';
import { useMemberListParams } from '@/features/members/table/use-member-list-params';
import { usePrefetchMemberRows } from '@/features/members/table/use-prefetch-member-rows';
import { usePortalSession } from '@/hooks/use-session';
import { hasPrivilege, privilegeNames } from '@/lib/arcgis/privileges';
import { selfQueries } from '@/lib/arcgis/self-queries';

import { PrivilegeGate } from '../layout/privilege-gate';
import { useSignedInMember } from '../layout/use-signed-in-member';
import { useMemberDeletion } from '../member-deletion';

/** Its own gate rather than the router's: the rows are asked for while the signed-in member is still being read. */
const membersGate = { privilege: privilegeNames.viewUsers, title: 'Members', what: 'view members' };

export function Component() {
  const [params] = useMemberListParams();
  usePrefetchMemberRows(params);
  return (
    <PrivilegeGate member={useSignedInMember()} gate={membersGate}>
      <MembersScreen />
    </PrivilegeGate>
  );
}

function MembersScreen() {
  const member = useSignedInMember();
  const canAdd = hasPrivilege(member, privilegeNames.inviteUsers);
  const organization = useQuery(selfQueries.organization(usePortalSession()));
  const [params, setParams] = useMemberListParams();
  const deletion = useMemberDeletion();
  const handleSearch = useCallback(
    (search: string) => {
      setParams({ search, page: 0 });
    },
    [setParams],
  );
  return (
    <PageContainer
      title="Members"
      description="Everyone in your organization, searched and sorted by the portal."
      actions={
        <>
          <ExportMembersButton params={params} />
          <Button component={RouterLink} to={paths.memberInvitations.href()}>
            Pending invitations
          </Button>
          <Button component={RouterLink} to={paths.membersInactive.href()}>
            Inactive members
          </Button>
          {canAdd ? (
            <>
              {organization.data?.isEnterprise ? (
                <Button variant="outlined" component={RouterLink} to={paths.membersAddEnterprise.href()}>
                  Add enterprise members
                </Button>
              ) : null}
              <Button variant="outlined" component={RouterLink} to={paths.membersImport.href()}>
                Import from file
              </Button>
              <Button variant="contained" component={RouterLink} to={paths.memberAdd.href()}>
                Add member
              </Button>
            </>
          ) : null}
        </>
      }
    >
      <Stack spacing={1.5}>
        <MemberSearchField value={params.search} onSearch={handleSearch} />
        <MemberFilterBar
          filters={params.filters}
          onChange={(filters) => {
            setParams({ filters, page: 0 });
          }}
        />
        <MembersTable
          params={params}
          onParamsChange={setParams}
          actions={allowedMemberActions(member?.privileges ?? [])}
          self={member?.username ?? ''}
          deletion={hasPrivilege(member, privilegeNames.viewItems) ? deletion : undefined}
        />
      </Stack>
    </PageContainer>
  );
}
