import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { ErrorAlert } from '@/components/error-alert';
import { usePortalSession } from '@/hooks/use-session';

import { AppBundlesTable } from './app-bundles-table';
import { licenseQueries } from '../../api/license-queries';
import { isMissingResource } from '../missing-resource';

const NOT_REPORTED = 'This portal does not report app bundles.';

/**
 * The organization's app bundles and what each includes; this listing documents no count of them (on Enterprise
 * the licence does: `countsInLicence` points there).
 */
export function AppBundlesSection({ countsInLicence = false }: { countsInLicence?: boolean }) {
  const session = usePortalSession();
  const bundles = useQuery(licenseQueries.appBundles(session));
  return (
    <Paper component="section" variant="outlined" aria-labelledby="app-bundles" sx={{ p: 2.5, mt: 2 }}>
      <Typography id="app-bundles" variant="h2" sx={{ fontSize: '1.15rem', fontWeight: 600, mb: 1 }}>
        App bundles
      </Typography>
      {bundles.isPending ? (
        <Skeleton variant="rounded" height={80} aria-label="Loading the app bundles" />
      ) : bundles.isError ? (
        isMissingResource(bundles.error) ? (
          <Alert severity="info">{NOT_REPORTED}</Alert>
        ) : (
          <ErrorAlert title="The app bundles could not be read" message={bundles.error.message} onRetry={() => void bundles.refetch()} />
        )
      ) : bundles.data.length === 0 ? (
        <Typography color="text.secondary">The portal lists no app bundles for this organization.</Typography>
      ) : (
        <>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            {countsInLicence
              ? "This list does not say how many members hold each bundle; the portal's licence above does, where it reports them."
              : 'The portal does not report how many members hold each bundle or how many were bought.'}
          </Typography>
          <AppBundlesTable bundles={bundles.data} aria-labelledby="app-bundles" />
        </>
      )}
    </Paper>
  );
}
