import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';

import { RosterLogo } from '@/components/roster-logo';
import { useRuntimeConfig } from '@/hooks/use-runtime-config';
import { useSessionState } from '@/hooks/use-session';
import { beginSignIn } from '@/lib/arcgis/portal-session';
import { safeReturnPath } from '@/lib/return-path';

import { prefetchFirstScreen } from '../prefetch-first-screen';

const reasons: Record<string, { severity: 'info' | 'success'; text: string }> = {
  expired: { severity: 'info', text: 'Your session has ended. Sign in again to return to where you were.' },
  'signed-out': { severity: 'success', text: 'You have signed out.' },
};

export function Component() {
  const { portals } = useRuntimeConfig();
  const sessionState = useSessionState();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const callbackError = (location.state as { signInError?: string } | null)?.signInError;
  const returnTo = safeReturnPath(searchParams.get('returnTo'));
  const reason = reasons[searchParams.get('reason') ?? ''];
  const [portalIndex, setPortalIndex] = useState(0);
  const [isRedirecting, setIsRedirecting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);

  if (sessionState.status === 'signed-in') return <Navigate to={returnTo} replace />;

  const portal = portals[portalIndex] ?? portals[0];
  const handleSignIn = () => {
    if (!portal) return;
    setIsRedirecting(true);
    setStartError(null);
    prefetchFirstScreen();
    beginSignIn(portal, returnTo).catch((error: unknown) => {
      setIsRedirecting(false);
      setStartError(error instanceof Error ? error.message : String(error));
    });
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', px: 2, bgcolor: 'background.default' }}>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 440, p: { xs: 3, sm: 5 } }}>
        <Stack spacing={3}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <RosterLogo size={36} />
            <Typography component="span" sx={{ fontSize: '1.35rem', fontWeight: 700 }}>
              Roster
            </Typography>
          </Stack>
          <Box>
            <Typography variant="h1">Sign in</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              Manage your ArcGIS organization&apos;s members, roles and groups. You sign in on your portal&apos;s own page; Roster never sees your password.
            </Typography>
          </Box>
          {reason ? <Alert severity={reason.severity}>{reason.text}</Alert> : null}
          {callbackError ? <Alert severity="error">Sign-in did not complete: {callbackError}</Alert> : null}
          {startError ? <Alert severity="error">Could not start sign-in: {startError}</Alert> : null}
          {portals.length > 1 ? (
            <FormControl>
              <FormLabel id="portal-choice-label">Organization</FormLabel>
              <RadioGroup
                aria-labelledby="portal-choice-label"
                value={String(portalIndex)}
                onChange={(event) => {
                  setPortalIndex(Number(event.target.value));
                }}
              >
                {portals.map((option, index) => (
                  <FormControlLabel key={option.portalUrl + option.clientId} value={String(index)} control={<Radio />} label={option.label} />
                ))}
              </RadioGroup>
            </FormControl>
          ) : (
            <Typography variant="body2">
              Organization: <strong>{portal?.label}</strong>
            </Typography>
          )}
          <Button variant="contained" size="large" onClick={handleSignIn} disabled={isRedirecting}>
            {isRedirecting ? 'Opening your portal…' : 'Sign in with ArcGIS'}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
