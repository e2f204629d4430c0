import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';

import { ErrorAlert } from '@/components/error-alert';
import { PageContainer } from '@/components/page-container';
import { OverviewDashboard } from '@/features/overview/components/overview-dashboard';
import { usePortalSession } from '@/hooks/use-session';
import { selfQueries } from '@/lib/arcgis/self-queries';

export function Component() {
  const session = usePortalSession();
  const organization = useQuery(selfQueries.organization(session));
  return (
    <PageContainer
      title="Overview"
      description={organization.data ? `${organization.data.name} at a glance. Every number opens the members it counts.` : undefined}
    >
      {organization.isPending ? <Skeleton variant="rounded" height={320} /> : null}
      {organization.isError ? <ErrorAlert title="The organization could not be loaded" message={organization.error.message} /> : null}
      {organization.isSuccess ? <OverviewDashboard orgId={organization.data.id} /> : null}
    </PageContainer>
  );
}
