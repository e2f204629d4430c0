import ViewColumnIcon from '@mui/icons-material/ViewColumnOutlined';
import { ColumnsPanelTrigger, Toolbar } from '@mui/x-data-grid';

/** The members table's own toolbar: the column chooser (which columns show is kept per browser). */
export function MembersGridToolbar() {
  return (
    <Toolbar aria-label="Table options" style={{ minHeight: 40, paddingTop: 2, paddingBottom: 2 }}>
      <ColumnsPanelTrigger size="small" startIcon={<ViewColumnIcon fontSize="small" />}>
        Columns
      </ColumnsPanelTrigger>
    </Toolbar>
  );
}
