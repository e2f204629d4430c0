import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';

import { PageContainer } from '@/components/page-container';
import { EnterpriseMembersWizard } from '@/features/members-import/enterprise/components/enterprise-members-wizard';
import { usePortalSession } from '@/hooks/use-session';
import { selfQueries } from '@/lib/arcgis/self-queries';

export function Component() {
  return (
    <PageContainer
      title="Add enterprise members"
      description="Accounts from your organization's identity store (Active Directory or LDAP): find them by name or take an enterprise group, review, then add them with one role and user type."
    >
      <EnterpriseOnly />
    </PageContainer>
  );
}

function EnterpriseOnly() {
  const organization = useQuery(selfQueries.organization(usePortalSession()));
  if (!organization.data) return null;
  if (!organization.data.isEnterprise) {
    return (
      <Alert severity="info">
        This portal is ArcGIS Online: it has no enterprise identity store to add accounts from. Add members one at a time or from a file instead.
      </Alert>
    );
  }
  return <EnterpriseMembersWizard />;
}
