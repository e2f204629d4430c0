import { useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { OffboardingWizard } from '@/features/content-transfer/offboarding/components/offboarding-wizard';

export function Component() {
  const { username = '' } = useParams();
  return (
    <PageContainer
      title={`Offboard ${username}`}
      description="Hand everything over to colleagues, check that nothing is left, then disable or delete the account."
    >
      <OffboardingWizard key={username} username={username} />
    </PageContainer>
  );
}
