import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';

import { licenseQueries } from '../../api/license-queries';
import { userQueries } from '../../api/user-queries';
import { BulkActionDialog } from '../../bulk/components/bulk-action-dialog';
import { Section } from '../../member-page/components/member-sections';
import type { LicensePreset } from '../use-license-usage';

type Props = {
  username: string;
  self: string;
  /** The signed-in member holds `portal:admin:manageLicenses`: assign and revoke are offered. */
  canManage: boolean;
};

type Open = { kind: 'assignLicense' | 'revokeLicense'; preset?: LicensePreset };

/** The member page's "Licences": the add-on licences the member holds (`userLicensedItems`), assign and revoke. */
export function MemberLicensesSection({ username, self, canManage }: Props) {
  const session = usePortalSession();
  const member = useQuery(userQueries.detail(session, username));
  const held = useQuery(licenseQueries.member(session, username));
  const purchases = useQuery(licenseQueries.purchases(session));
  const [open, setOpen] = useState<Open | null>(null);
  const titleOf = (itemId: string) => purchases.data?.find((license) => license.itemId === itemId)?.title ?? itemId;
  const rows = (held.data ?? []).flatMap((item) => item.entitlements.map((entitlement) => ({ itemId: item.itemId, entitlement })));

  return (
    <Section
      title="Licences"
      action={
        canManage && member.data ? (
          <Button
            onClick={() => {
              setOpen({ kind: 'assignLicense' });
            }}
          >
            Assign licence…
          </Button>
        ) : null
      }
    >
      {held.isPending ? (
        <Skeleton height={40} />
      ) : held.isError ? (
        <Alert severity="warning">The member's add-on licences could not be read: {held.error.message}</Alert>
      ) : held.data === null ? (
        <Typography color="text.secondary">The portal does not report this member's add-on licences.</Typography>
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">No add-on licences beyond the user type.</Typography>
      ) : (
        <Table size="small" aria-label="Add-on licences held">
          <TableHead>
            <TableRow>
              <TableCell>Licence</TableCell>
              <TableCell>Entitlement</TableCell>
              {canManage ? <TableCell align="right">Action</TableCell> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.itemId}|${row.entitlement}`}>
                <TableCell>{titleOf(row.itemId)}</TableCell>
                <TableCell>{row.entitlement}</TableCell>
                {canManage ? (
                  <TableCell align="right">
                    <Button
                      size="small"
                      aria-label={`Revoke ${row.entitlement}`}
                      disabled={!member.data}
                      onClick={() => {
                        setOpen({ kind: 'revokeLicense', preset: { itemId: row.itemId, entitlement: row.entitlement } });
                      }}
                    >
                      Revoke…
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {open && member.data ? (
        <BulkActionDialog
          kind={open.kind}
          selection={{ kind: 'picked', members: [member.data] }}
          self={self}
          licensePreset={open.preset}
          onClose={() => {
            setOpen(null);
          }}
        />
      ) : null}
    </Section>
  );
}
