import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Navigate } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { hasPrivilege, privilegeNames } from '@/lib/arcgis/privileges';

import { useSignedInMember } from '../layout/use-signed-in-member';

/** Administrators start on the overview; everyone else sees what their account may do here. */
export function Component() {
  const member = useSignedInMember();
  if (!member) return null;
  if (hasPrivilege(member, privilegeNames.viewUsers)) return <Navigate to={paths.overview.href()} replace />;
  return (
    <PageContainer title={`Welcome, ${member.fullName}`}>
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 720 }}>
        <Typography>
          You are signed in as <strong>{member.username}</strong>
          {member.roleLabel ? ` with the ${member.roleLabel} role` : ''}.
        </Typography>
        <Alert severity="info" sx={{ mt: 2 }}>
          Roster&apos;s organization tools need administrative privileges, which your account does not have. Ask an administrator of your organization if you
          need access.
        </Alert>
      </Paper>
    </PageContainer>
  );
}
