import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import { enterpriseQueries } from '../../api/enterprise-queries';

/** Whether enterprise accounts may register themselves (the portal's security setting), beside adding them here. */
export function RegistrationNotice() {
  const session = usePortalSession();
  const security = useQuery(enterpriseQueries.security(session));
  if (security.isError) return <Alert severity="info">The portal did not report whether enterprise accounts may register themselves.</Alert>;
  if (!security.data) return null;
  const store = security.data.identityStoreType ? ` (identity store: ${security.data.identityStoreType})` : '';
  if (security.data.automaticRegistration === null) {
    return <Alert severity="info">The portal did not report whether enterprise accounts may register themselves{store}.</Alert>;
  }
  return security.data.automaticRegistration ? (
    <Alert severity="warning">
      Automatic registration is on{store}: anyone in the identity store becomes a member the first time they sign in, with the default role and user type.
      Adding them here gives them the role and user type you choose.
    </Alert>
  ) : (
    <Alert severity="info">Automatic registration is off{store}: enterprise accounts can sign in only after they are added here or in the portal.</Alert>
  );
}
