import Alert from '@mui/material/Alert';
import type { ReactNode } from 'react';

import { PageContainer } from '@/components/page-container';
import { hasPrivilege } from '@/lib/arcgis/privileges';
import { useSignedInMember } from './use-signed-in-member';

type Props = { privilege: string; title: string; what: string; children: ReactNode };

/**
 * Hides a screen from members without its privilege. The portal refuses the data anyway; this only
 * saves them a confusing error.
 */
export function PrivilegeGate({ privilege, title, what, children }: Props) {
  const member = useSignedInMember();
  if (!member) return null;
  if (hasPrivilege(member, privilege)) return children;
  return (
    <PageContainer title={title}>
      <Alert severity="warning">
        This page needs the privilege to {what}, which your account does not have. Ask an administrator of your
        organization if you need it.
      </Alert>
    </PageContainer>
  );
}
