import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

type Props = {
  /** The portal's address, so the person knows which one is out of reach. */
  portal: string;
  /** What the last attempt ran into ("The portal is busy or unavailable (HTTP 503)."). */
  message: string;
  /** An attempt is on its way now (not waiting between two). */
  trying: boolean;
  onRetry: () => void;
};

/**
 * Shown instead of a screen while the portal does not answer (a dropped connection, 5xx, 429). The app keeps asking
 * by itself and shows the screen as soon as the portal answers; Retry asks at once.
 */
export function PortalUnreachable({ portal, message, trying, onRetry }: Props) {
  return (
    <Box sx={{ p: { xs: 2, md: 4 }, maxWidth: 720 }}>
      <Alert
        severity="warning"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        }
      >
        <AlertTitle>Cannot reach the portal</AlertTitle>
        <Typography variant="body2">
          {portal} is not answering: {message} Roster keeps trying and opens this page by itself when the portal answers again.
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center', minHeight: 20 }} role="status" aria-live="polite">
          {trying ? (
            <>
              <CircularProgress size={14} color="inherit" aria-hidden="true" />
              <Typography variant="body2">Trying again…</Typography>
            </>
          ) : (
            <Typography variant="body2">The next try is in a few seconds.</Typography>
          )}
        </Stack>
      </Alert>
    </Box>
  );
}
