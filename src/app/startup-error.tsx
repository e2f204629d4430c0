import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';

import { theme } from '@/theme/theme';

/** Shown when Roster cannot start at all, e.g. a broken deployment config.json, or when it is framed. */
export function StartupError({ title = 'Roster could not start', message }: { title?: string; message: string }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box component="main" sx={{ maxWidth: 640, mx: 'auto', mt: 10, px: 2 }}>
        <Alert severity="error">
          <AlertTitle>{title}</AlertTitle>
          {message}
        </Alert>
      </Box>
    </ThemeProvider>
  );
}
