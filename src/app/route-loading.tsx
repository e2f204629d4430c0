import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';

/** Shown while a lazily loaded screen's code arrives. */
export function RouteLoading() {
  return (
    <Box role="progressbar" aria-label="Loading" sx={{ position: 'fixed', top: 0, left: 0, right: 0 }}>
      <LinearProgress aria-hidden="true" />
    </Box>
  );
}
