import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { PageContainer } from '@/components/page-container';
import { TableHeader } from '@/components/table-header';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';
import { selfQueries } from '@/lib/arcgis/self-queries';
import { countOf } from '@/lib/text/plural';

import { type AddonLicense, entitlementUsage, type LicenseHolder } from '../licenses';
import { isMissingResource } from '../missing-resource';
import { useLicenseUsage } from '../use-license-usage';
import { AppBundlesSection } from './app-bundles-section';
import { EnterpriseLicenceSection } from './enterprise-licence-section';

/**
 * /licenses: every add-on licence the organization bought, each entitlement with assigned/bought and who holds it;
 * on ArcGIS Enterprise first the add-on licences of the portal's licence with their counts.
 */
export function LicensesView() {
  const usage = useLicenseUsage();
  const organization = useQuery(selfQueries.organization(usePortalSession()));
  const isEnterprise = organization.data?.isEnterprise === true;
  return (
    <PageContainer
      title="Add-on licences"
      description="ArcGIS Pro, its extensions and other apps licensed to named members, beyond their user type: how many are assigned and who holds them. Assign or revoke the listings below from the members table (select members, then Actions) or on a member's page."
    >
      {isEnterprise ? <EnterpriseLicenceSection /> : null}
      {usage.error && isMissingResource(usage.error) ? (
        <Alert severity="info">This portal does not report the add-on licences bought for it (portals/self/purchases).</Alert>
      ) : usage.error ? (
        <ErrorAlert title="The add-on licences could not be read" message={usage.error.message} onRetry={usage.refetch} />
      ) : !usage.licenses || !usage.holders ? (
        <Skeleton variant="rounded" height={320} aria-label="Loading the add-on licences" />
      ) : usage.licenses.length === 0 ? (
        <Alert severity="info">The portal lists no add-on licences bought or tried by this organization.</Alert>
      ) : (
        <Stack spacing={2}>
          {usage.licenses.map((license) => (
            <LicenseCard key={license.itemId} license={license} holders={usage.holders?.get(license.itemId) ?? []} />
          ))}
        </Stack>
      )}
      <AppBundlesSection countsInLicence={isEnterprise} />
    </PageContainer>
  );
}

function LicenseCard({ license, holders }: { license: AddonLicense; holders: readonly LicenseHolder[] }) {
  const id = `licence-${license.itemId}`;
  const rows = entitlementUsage(license, holders);
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: 2.5 }}>
      <Typography id={id} variant="h2" sx={{ fontSize: '1.15rem', fontWeight: 600 }}>
        {license.title}
        {license.trial ? ' (trial)' : ''}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        Held by {countOf(holders.length, 'member')}
        {license.maxUsers === null ? '' : ` of at most ${license.maxUsers.toLocaleString()}`}
      </Typography>
      <Table size="small" aria-labelledby={id}>
        <TableHeader
          columns={['Entitlement', { label: 'Assigned', align: 'right' }, { label: 'Bought', align: 'right' }, { label: 'Left', align: 'right' }, 'Held by']}
        />
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.name}>
              <TableCell component="th" scope="row">
                {row.name}
              </TableCell>
              <TableCell align="right">{row.assigned.toLocaleString()}</TableCell>
              <TableCell align="right">{row.purchased === null ? 'Not reported' : row.purchased.toLocaleString()}</TableCell>
              <TableCell align="right">{row.left === null ? 'Not reported' : row.left.toLocaleString()}</TableCell>
              <TableCell>
                {row.holders.length === 0
                  ? '—'
                  : row.holders.map((username, index) => (
                      <span key={username}>
                        {index > 0 ? ', ' : ''}
                        <Link component={RouterLink} to={paths.member.href(username)}>
                          {username}
                        </Link>
                      </span>
                    ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
