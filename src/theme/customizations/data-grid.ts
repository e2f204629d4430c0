import type { Components, Theme } from '@mui/material/styles';
import type {} from '@mui/x-data-grid/themeAugmentation';

/** Every Data Grid: on paper, and a click on a row does not tick it (the checkbox does; links in cells stay links). */
export const dataGridCustomizations: Components<Theme> = {
  MuiDataGrid: {
    defaultProps: { disableRowSelectionOnClick: true },
    styleOverrides: { root: ({ theme }) => ({ backgroundColor: theme.palette.background.paper }) },
  },
};
