import Typography from '@mui/material/Typography';

/**
 * No documented REST request resets or turns off a member's multifactor authentication (the portal's help names only
 * the action on its own Members page), so Roster says where an administrator does it instead of trying.
 */
export function MfaNote({ mfaEnabled, provider }: { mfaEnabled: boolean; provider: 'arcgis' | 'enterprise' }) {
  if (!mfaEnabled || provider !== 'arcgis') return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
      Roster cannot reset or turn off multifactor authentication: the portal documents no request for it. An administrator does it in the portal, on the
      Organization page’s Members tab, from this member’s More options menu.
    </Typography>
  );
}
