import Alert from '@mui/material/Alert';
import type { ReactNode } from 'react';
import { useMatches } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { hasPrivilege } from '@/lib/arcgis/privileges';
import type { SignedInMember } from '@/lib/arcgis/self-queries';

import { type Gate, gateOf } from './route-gate';

type Props = {
  member: SignedInMember | undefined;
  /** The screen's own gate, for a route that starts reading before the member is known (see routes/members.tsx). */
  gate?: Gate;
  children: ReactNode;
};

/**
 * The shell's outlet, shown only to members who hold the privilege the matched route names in its handle
 * (router.tsx). The portal refuses the data anyway; this only saves them a confusing error.
 */
export function PrivilegeGate({ member, gate, children }: Props) {
  const matched = useMatches()
    .map((match) => gateOf(match.handle))
    .findLast((entry) => entry !== undefined);
  const required = gate ?? matched;
  if (!required) return children;
  if (!member) return null;
  if (hasPrivilege(member, required.privilege)) return children;
  return (
    <PageContainer title={required.title}>
      <Alert severity="warning">
        This page needs the privilege to {required.what}, which your account does not have. Ask an administrator of your organization if you need it.
      </Alert>
    </PageContainer>
  );
}
