import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';

import { TableHeader } from '@/components/table-header';

import type { AppBundle } from '../app-bundles';

type Props = { bundles: readonly AppBundle[] } & ({ 'aria-label': string } | { 'aria-labelledby': string });

/** App bundles and the apps each includes, as the portal lists them ("Not reported" where it leaves the apps out). */
export function AppBundlesTable({ bundles, ...labelled }: Props) {
  return (
    <Table size="small" {...labelled}>
      <TableHeader columns={['Bundle', 'Includes']} />
      <TableBody>
        {bundles.map((bundle) => (
          <TableRow key={bundle.id}>
            <TableCell component="th" scope="row">
              {bundle.name}
            </TableCell>
            <TableCell>{bundle.apps === null ? 'Not reported' : bundle.apps.length === 0 ? 'No apps listed' : bundle.apps.join(', ')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
