import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Last line of defence: an unexpected error on a screen says what happened and offers a way on. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${String(error.status)} ${error.statusText}` : error instanceof Error ? error.message : 'Unknown error';
  return (
    <Box component="main" sx={{ maxWidth: 640, mx: 'auto', mt: 8, px: 2 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      >
        <AlertTitle>Something went wrong on this page</AlertTitle>
        {message}
      </Alert>
    </Box>
  );
}
