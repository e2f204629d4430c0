import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';

import { paths } from '@/config/paths';
import { useRuntimeConfig } from '@/hooks/use-runtime-config';
import { useSessionStore } from '@/hooks/use-session';
import { isRenewalCallback } from '@/lib/arcgis/portal-session';
import { oauthCallbackQuery, renewalCallbackQuery } from '@/lib/arcgis/sign-in-queries';
import { safeReturnPath } from '@/lib/return-path';

export function Component() {
  const { search } = useLocation();
  return isRenewalCallback(search) ? <RenewalCallback search={search} /> : <SignInCallback search={search} />;
}

/** The popup of a sign-in renewal: hands the credentials to the page that opened it, which closes it. */
function RenewalCallback({ search }: { search: string }) {
  const { portals } = useRuntimeConfig();
  const renewal = useQuery(renewalCallbackQuery(search, portals));
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Typography role="status">
        {renewal.isError ? `The sign-in could not be completed: ${renewal.error.message}` : 'Signed in again. This window closes by itself.'}
      </Typography>
    </Box>
  );
}

function SignInCallback({ search }: { search: string }) {
  const { portals } = useRuntimeConfig();
  const sessionStore = useSessionStore();
  const exchange = useQuery(oauthCallbackQuery(search, portals, sessionStore));

  if (exchange.isSuccess) return <Navigate to={safeReturnPath(exchange.data)} replace />;
  if (exchange.isError) {
    return <Navigate to={paths.signIn.href()} replace state={{ signInError: exchange.error.message }} />;
  }
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Box sx={{ textAlign: 'center' }} role="status">
        <CircularProgress aria-hidden="true" />
        <Typography sx={{ mt: 2 }}>Finishing sign-in…</Typography>
      </Box>
    </Box>
  );
}
