import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useLocation } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { roleQueries } from '@/features/roles/api/role-queries';
import { RolesTable } from '@/features/roles/components/roles-table';
import { readNotice } from '@/features/roles/role-notice';
import { usePortalSession } from '@/hooks/use-session';
import { hasPrivilege, privilegeNames } from '@/lib/arcgis/privileges';

import { useSignedInMember } from '../layout/use-signed-in-member';

export function Component() {
  const session = usePortalSession();
  const member = useSignedInMember();
  const notice = readNotice(useLocation().state);
  const roles = useQuery(roleQueries.list(session));
  return (
    <PageContainer
      title="Roles"
      description="What members may do: the default roles and your organization's custom roles, with how many members hold each."
      actions={
        hasPrivilege(member, privilegeNames.manageRoles) ? (
          <Button variant="contained" component={RouterLink} to={paths.roleNew.href()}>
            Create role
          </Button>
        ) : null
      }
    >
      <Stack spacing={2}>
        {notice ? <Alert severity="success">{notice}</Alert> : null}
        {roles.isPending ? <Skeleton variant="rounded" height={320} /> : null}
        {roles.isError ? <ErrorAlert title="Roles could not be loaded" message={roles.error.message} onRetry={() => void roles.refetch()} /> : null}
        {roles.isSuccess ? <RolesTable roles={roles.data} /> : null}
      </Stack>
    </PageContainer>
  );
}
