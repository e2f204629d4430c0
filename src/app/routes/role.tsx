import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { roleQueries } from '@/features/roles/api/role-queries';
import { DeleteRoleButton } from '@/features/roles/components/delete-role-button';
import { RoleMembers } from '@/features/roles/components/role-members';
import { RolePrivileges } from '@/features/roles/components/role-privileges';
import { RoleUserTypes } from '@/features/roles/components/role-user-types';
import { readNotice, type RoleNoticeState } from '@/features/roles/role-notice';
import { usePortalSession } from '@/hooks/use-session';
import { hasPrivilege, privilegeNames } from '@/lib/arcgis/privileges';

import { useSignedInMember } from '../layout/use-signed-in-member';

export function Component() {
  const roleKey = useParams().roleId ?? '';
  const session = usePortalSession();
  const member = useSignedInMember();
  const navigate = useNavigate();
  const notice = readNotice(useLocation().state);
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(0, Number.parseInt(searchParams.get('page') ?? '1', 10) - 1 || 0);
  const role = useQuery(roleQueries.detail(session, roleKey));
  const canManage = hasPrivilege(member, privilegeNames.manageRoles);

  if (role.isPending) {
    return (
      <PageContainer title="Role">
        <Skeleton variant="rounded" height={320} />
      </PageContainer>
    );
  }
  if (role.isError) {
    return (
      <PageContainer title="Role">
        <ErrorAlert title="This role could not be loaded" message={role.error.message} onRetry={() => void role.refetch()} />
      </PageContainer>
    );
  }
  const { data } = role;
  const isEditable = data.kind === 'custom' && canManage;
  return (
    <PageContainer
      title={data.name}
      description={data.description || 'No description.'}
      actions={
        canManage ? (
          <>
            <Button variant="outlined" component={RouterLink} to={paths.roleNew.href(data.key)}>
              Copy as new role
            </Button>
            {isEditable ? (
              <>
                <DeleteRoleButton
                  role={data}
                  onDeleted={() => {
                    void navigate(paths.roles.href(), { state: { notice: `The role “${data.name}” was deleted.` } satisfies RoleNoticeState });
                  }}
                />
                <Button variant="contained" component={RouterLink} to={paths.roleEdit.href(data.key)}>
                  Edit role
                </Button>
              </>
            ) : null}
          </>
        ) : null
      }
    >
      <Stack spacing={2.5}>
        {notice ? <Alert severity="success">{notice}</Alert> : null}
        {data.kind !== 'custom' ? (
          <Alert severity="info">{data.name} is a default role: its privileges are fixed. Copy it as a new role to change them.</Alert>
        ) : null}
        <Section title="Members">
          <RoleMembers
            roleKey={data.key}
            roleName={data.name}
            page={page}
            onPageChange={(next) => {
              setSearchParams(next > 0 ? { page: String(next + 1) } : {});
            }}
          />
        </Section>
        <Section title="Compatible user types">
          <RoleUserTypes roleKey={data.key} />
        </Section>
        <Section title={`Privileges (${String(data.privileges.length)})`}>
          <RolePrivileges privileges={data.privileges} />
        </Section>
      </Stack>
    </PageContainer>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2.5 }}>
      <Typography variant="h2" id={id} sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
