import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { ErrorAlert } from '@/components/error-alert';
import { TableHeader } from '@/components/table-header';
import { usePortalSession } from '@/hooks/use-session';

import { licenseQueries } from '../../api/license-queries';
import { addonLeft, type LicensedAddon, type LicensedAddonKind } from '../enterprise-license';
import { isMissingResource } from '../missing-resource';

const kindLabel: Record<LicensedAddonKind, string> = { app: 'App', appBundle: 'App bundle', extension: 'User type extension' };
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const NOT_REPORTED = 'Not reported';
const number = (value: number | null) => (value === null ? NOT_REPORTED : value.toLocaleString());

/**
 * /licenses on ArcGIS Enterprise: the add-on apps, app bundles and user type extensions of the portal's licence
 * (Portal Administrator API `license`) with the counts it reports. Read-only: the licence resource documents no
 * assignment; names come from the organization's listings where the ids match.
 */
export function EnterpriseLicenceSection() {
  const session = usePortalSession();
  const addons = useQuery(licenseQueries.licensedAddons(session));
  const purchases = useQuery(licenseQueries.purchases(session));
  const bundles = useQuery(licenseQueries.appBundles(session));
  const nameOf = (addon: LicensedAddon): string | null => {
    const id = addon.id.toLowerCase();
    if (addon.kind === 'appBundle') return bundles.data?.find((bundle) => bundle.id.toLowerCase() === id)?.name ?? null;
    if (addon.kind === 'app') return purchases.data?.find((license) => license.itemId.toLowerCase() === id)?.title ?? null;
    return null;
  };
  return (
    <Paper component="section" variant="outlined" aria-labelledby="enterprise-licence" sx={{ p: 2.5, mb: 2 }}>
      <Typography id="enterprise-licence" variant="h2" sx={{ fontSize: '1.15rem', fontWeight: 600, mb: 1 }}>
        Add-on licences in the portal's licence
      </Typography>
      {addons.isPending ? (
        <Skeleton variant="rounded" height={120} aria-label="Loading the portal's licence" />
      ) : addons.isError ? (
        isMissingResource(addons.error) ? (
          <Alert severity="info">This portal does not report its licence (the Portal Administrator API's license resource).</Alert>
        ) : (
          <ErrorAlert title="The portal's licence could not be read" message={addons.error.message} onRetry={() => void addons.refetch()} />
        )
      ) : addons.data === null ? (
        <Alert severity="info">The portal's licence does not report its add-on apps or app bundles.</Alert>
      ) : addons.data.length === 0 ? (
        <Typography color="text.secondary">The portal's licence includes no add-on apps, app bundles or user type extensions.</Typography>
      ) : (
        <>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            Counts as the portal's licence reports them. Roster does not assign these: assign app bundles and add-on apps in the portal (Organization,
            Licenses). The listings below can be assigned from the members table.
          </Typography>
          <Table size="small" aria-labelledby="enterprise-licence">
            <TableHeader
              columns={[
                'Licence',
                'Kind',
                { label: 'Assigned', align: 'right' },
                { label: 'Licensed', align: 'right' },
                { label: 'Left', align: 'right' },
                'Expires',
              ]}
            />
            <TableBody>
              {addons.data.map((addon) => {
                const name = nameOf(addon);
                return (
                  <TableRow key={`${addon.kind}|${addon.id}`}>
                    <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                      {name ?? addon.id}
                      {name === null ? (
                        <Typography component="span" variant="body2" color="text.secondary">
                          {' '}
                          (name not reported)
                        </Typography>
                      ) : null}
                    </TableCell>
                    <TableCell>{kindLabel[addon.kind]}</TableCell>
                    <TableCell align="right">{number(addon.assigned)}</TableCell>
                    <TableCell align="right">{number(addon.licensed)}</TableCell>
                    <TableCell align="right">{number(addonLeft(addon))}</TableCell>
                    <TableCell>{addon.expiration === null ? NOT_REPORTED : dayFormat.format(addon.expiration)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </>
      )}
    </Paper>
  );
}
