import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { roleQueries } from '@/features/roles/api/role-queries';
import { RoleEditor } from '@/features/roles/components/role-editor';
import type { RoleNoticeState } from '@/features/roles/role-notice';
import { usePortalSession } from '@/hooks/use-session';

export function Component() {
  const session = usePortalSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const roles = useQuery(roleQueries.list(session));
  const requested = searchParams.get('template') ?? '';
  return (
    <PageContainer title="New role" description="Choose what members with this role may do. Nothing is written until you confirm.">
      {roles.isPending ? <Skeleton variant="rounded" height={480} /> : null}
      {roles.isError ? <ErrorAlert title="Roles could not be loaded" message={roles.error.message} onRetry={() => void roles.refetch()} /> : null}
      {roles.isSuccess ? (
        <RoleEditor
          mode={{
            kind: 'create',
            templates: roles.data,
            templateKey: roles.data.some((role) => role.key === requested) ? requested : '',
          }}
          otherRoleNames={roles.data.map((role) => role.name)}
          onSaved={(result, name) => {
            void navigate(paths.role.href(result.roleId), { state: { notice: `The role “${name}” was created.` } satisfies RoleNoticeState });
          }}
          onCancel={() => {
            void navigate(requested ? paths.role.href(requested) : paths.roles.href());
          }}
        />
      ) : null}
    </PageContainer>
  );
}
