import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';

/** A column heading: its text, or the text with how its column is aligned (numbers to the right). */
export type TableColumn = string | { label: string; align: 'left' | 'right' | 'center' };

/** The header row of a small MUI table: one cell per column heading. */
export function TableHeader({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <TableHead>
      <TableRow>
        {columns.map((column) =>
          typeof column === 'string' ? (
            <TableCell key={column}>{column}</TableCell>
          ) : (
            <TableCell key={column.label} align={column.align}>
              {column.label}
            </TableCell>
          ),
        )}
      </TableRow>
    </TableHead>
  );
}
