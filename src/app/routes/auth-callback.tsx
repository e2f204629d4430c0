import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';

import { paths, safeReturnPath } from '@/config/paths';
import { useRuntimeConfig } from '@/hooks/use-runtime-config';
import { useSessionStore } from '@/hooks/use-session';
import { oauthCallbackQuery } from '@/lib/arcgis/sign-in-queries';

export function Component() {
  const { portals } = useRuntimeConfig();
  const sessionStore = useSessionStore();
  const { search } = useLocation();
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
