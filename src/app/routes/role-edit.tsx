import Alert from '@mui/material/Alert';
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { roleQueries } from '@/features/roles/api/role-queries';
import { RoleEditor } from '@/features/roles/components/role-editor';
import type { RoleNoticeState } from '@/features/roles/role-notice';
import { usePortalSession } from '@/hooks/use-session';

export function Component() {
  const roleKey = useParams().roleId ?? '';
  const session = usePortalSession();
  const navigate = useNavigate();
  const role = useQuery(roleQueries.detail(session, roleKey));
  const roles = useQuery(roleQueries.list(session));
  const title = role.data ? `Edit ${role.data.name}` : 'Edit role';
  return (
    <PageContainer title={title} description="Nothing is written until you confirm.">
      {role.isPending || roles.isPending ? <Skeleton variant="rounded" height={480} /> : null}
      {role.isError ? <ErrorAlert title="This role could not be loaded" message={role.error.message} /> : null}
      {roles.isError ? <ErrorAlert title="Roles could not be loaded" message={roles.error.message} /> : null}
      {role.isSuccess && role.data.kind !== 'custom' ? (
        <Alert severity="info">{role.data.name} is a default role; its name and privileges cannot be changed.</Alert>
      ) : null}
      {role.isSuccess && role.data.kind === 'custom' && roles.isSuccess ? (
        <RoleEditor
          mode={{ kind: 'edit', role: role.data }}
          otherRoleNames={roles.data.filter((other) => other.key !== roleKey).map((other) => other.name)}
          onSaved={(_, name) => {
            void navigate(paths.role.href(roleKey), { state: { notice: `The role “${name}” was saved.` } satisfies RoleNoticeState });
          }}
          onCancel={() => {
            void navigate(paths.role.href(roleKey));
          }}
        />
      ) : null}
    </PageContainer>
  );
}
