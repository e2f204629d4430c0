import Typography from '@mui/material/Typography';

/** Why an enterprise (SAML) member has no "Reset password": the portal keeps no password for them. */
export function SignInProviderNote({ username, provider }: { username: string; provider: 'arcgis' | 'enterprise' }) {
  if (provider !== 'enterprise') return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
      {username} signs in through the organization’s identity provider, which keeps their password; the portal has none, so Roster cannot reset it. Their
      password is changed with the identity provider.
    </Typography>
  );
}
