import { useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { OffboardingWizard } from '@/features/content-transfer/components/offboarding-wizard';
import { transferPrivileges } from '@/features/content-transfer/transfer-privileges';

import { PrivilegeGate } from '../layout/privilege-gate';

export function Component() {
  const { username = '' } = useParams();
  return (
    <PrivilegeGate privilege={transferPrivileges.viewItems} title="Offboard a member" what="view members’ content">
      <PageContainer
        title={`Offboard ${username}`}
        description="Hand everything over to colleagues, check that nothing is left, then disable or delete the account."
      >
        <OffboardingWizard key={username} username={username} />
      </PageContainer>
    </PrivilegeGate>
  );
}
