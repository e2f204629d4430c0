import Alert from '@mui/material/Alert';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import { AppBundlesTable } from './app-bundles-table';
import { licenseQueries } from '../../api/license-queries';
import { Section } from '../../member-page/components/member-sections';
import { isMissingResource } from '../missing-resource';

/** The member page's "App bundles": the bundles the member holds beyond their user type's (DOC user-app-bundles). */
export function MemberAppBundlesSection({ username }: { username: string }) {
  const session = usePortalSession();
  const bundles = useQuery(licenseQueries.memberAppBundles(session, username));
  return (
    <Section title="App bundles">
      {bundles.isPending ? (
        <Skeleton height={40} aria-label="Loading the member's app bundles" />
      ) : bundles.isError ? (
        isMissingResource(bundles.error) ? (
          <Typography color="text.secondary">The portal does not report this member's app bundles.</Typography>
        ) : (
          <Alert severity="warning">The member's app bundles could not be read: {bundles.error.message}</Alert>
        )
      ) : bundles.data.length === 0 ? (
        <Typography color="text.secondary">No app bundles beyond the user type.</Typography>
      ) : (
        <AppBundlesTable bundles={bundles.data} aria-label="App bundles held" />
      )}
    </Section>
  );
}
