import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { OffboardingWizard } from '@/features/content-transfer/components/offboarding-wizard';
import { userQueries } from '@/features/users/api/user-queries';

export function Component() {
  const { username = '' } = useParams();
  const queryClient = useQueryClient();
  return (
    <PageContainer
      title={`Offboard ${username}`}
      description="Hand everything over to colleagues, check that nothing is left, then disable or delete the account."
    >
      <OffboardingWizard
        key={username}
        username={username}
        // A deleted or disabled account changes the members table too.
        onAccountChanged={() => void queryClient.invalidateQueries({ queryKey: userQueries.all() })}
      />
    </PageContainer>
  );
}
