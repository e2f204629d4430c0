import Box from '@mui/material/Box';

/** Cells of a grid with `getRowHeight={() => 'auto'}`: centred, never lower than a compact row. */
export const autoHeightCells = { '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center', minHeight: 40 } } as const;

/** An identity-store account in one cell: the name, then the login and e-mail address in smaller type. */
export function AccountCell({ name, login, email }: { name: string; login: string; email: string }) {
  return (
    <Box sx={{ py: 0.75, lineHeight: 1.35, minWidth: 0, overflowWrap: 'anywhere' }}>
      <Box>{name || login}</Box>
      <Box sx={{ color: 'text.secondary', fontSize: '0.8125rem' }}>{login}</Box>
      {email ? <Box sx={{ color: 'text.secondary', fontSize: '0.8125rem' }}>{email}</Box> : null}
    </Box>
  );
}

/** Text that wraps in its cell instead of being cut off. */
export function WrappedCell({ text }: { text: string }) {
  return <Box sx={{ py: 0.75, whiteSpace: 'normal', lineHeight: 1.35 }}>{text}</Box>;
}
