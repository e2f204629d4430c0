import Chip from '@mui/material/Chip';

const statusStyles = {
  ready: { label: 'Ready', color: 'success' },
  warning: { label: 'Warning', color: 'warning' },
  error: { label: 'Error', color: 'error' },
  exists: { label: 'Already a member', color: 'info' },
  skipped: { label: 'Excluded', color: 'default' },
  done: { label: 'Done earlier', color: 'default' },
  added: { label: 'Added', color: 'success' },
  failed: { label: 'Failed', color: 'error' },
  'not-sent': { label: 'Not sent', color: 'default' },
} as const;

export type DisplayStatus = keyof typeof statusStyles;

export function ImportStatusChip({ status }: { status: DisplayStatus }) {
  const style = statusStyles[status];
  return <Chip size="small" variant="outlined" label={style.label} color={style.color} />;
}

export const statusLabel = (status: DisplayStatus) => statusStyles[status].label;
