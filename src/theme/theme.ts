import { createTheme, type ThemeOptions } from '@mui/material/styles';

import { dataGridCustomizations } from './customizations/data-grid';

// Members who ask their system for less motion get none: menus, dialogs and expanders appear and go at once.
const reducedMotion: ThemeOptions['transitions'] = {
  create: () => 'none',
  getAutoHeightDuration: () => 0,
  duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
};
const prefersReducedMotion = typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export const theme = createTheme({
  ...(prefersReducedMotion ? { transitions: reducedMotion } : {}),
  palette: {
    mode: 'light',
    primary: { main: '#0b5cad', dark: '#07427e', light: '#e8f1fb', contrastText: '#ffffff' },
    secondary: { main: '#475467' },
    background: { default: '#f5f7fa', paper: '#ffffff' },
    text: { primary: '#1d2939', secondary: '#475467' },
    divider: '#e4e7ec',
    success: { main: '#157f3b' },
    error: { main: '#b42318' },
    warning: { main: '#b54708' },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: '"Inter", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.625rem', fontWeight: 650, letterSpacing: '-0.01em' },
    h2: { fontSize: '1.25rem', fontWeight: 650 },
    h3: { fontSize: '1.05rem', fontWeight: 650 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    ...dataGridCustomizations,
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { outlined: { borderColor: '#e4e7ec' } } },
    MuiAppBar: {
      defaultProps: { elevation: 0, color: 'inherit' },
      styleOverrides: { root: { borderBottom: '1px solid #e4e7ec' } },
    },
    // MUI's default unselected toggle text is too faint on our background for WCAG AA contrast.
    MuiToggleButton: { styleOverrides: { root: { color: '#475467', backgroundColor: '#ffffff' } } },
    MuiListItemButton: {
      styleOverrides: {
        root: {
          borderRadius: 8,
          '&.active': { backgroundColor: '#e8f1fb', color: '#07427e', fontWeight: 600 },
        },
      },
    },
  },
});
