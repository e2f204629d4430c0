import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';

import type { ReviewLine } from '../add-member-invitation';

/** The Review step's table: every value the invitation carries, by name (user type "Creator", group titles), never ids. */
export function AddMemberReview({ lines }: { lines: readonly ReviewLine[] }) {
  return (
    <Table size="small" aria-label="What will be sent" sx={{ '& th, & td': { py: 1.1 } }}>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.label}>
            <TableCell component="th" scope="row" sx={{ width: 160, fontWeight: 600, color: 'text.secondary' }}>
              {line.label}
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{line.value || '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
