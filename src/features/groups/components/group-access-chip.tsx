import Chip from '@mui/material/Chip';

import type { GroupAccess } from '../types';

export const accessLabels: Record<GroupAccess, string> = { private: 'Private', org: 'Organization', public: 'Public' };

export function GroupAccessChip({ access }: { access: GroupAccess }) {
  return (
    <Chip size="small" variant="outlined" color={access === 'public' ? 'warning' : access === 'org' ? 'primary' : 'default'} label={accessLabels[access]} />
  );
}
