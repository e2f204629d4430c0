import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useId, useMemo } from 'react';

import { SelectField } from '@/components/select-field';

import type { Member, RoleOption, UserTypeSeats } from '../../types';
import { roleConflicts, roleConflictText } from '../role-compatibility';

type Props = {
  roles: readonly RoleOption[];
  /** The selected members (when known), to say which of them a role does not suit. */
  members: readonly Member[] | undefined;
  userTypes: readonly UserTypeSeats[] | undefined;
  value: string;
  onChange: (roleKey: string) => void;
};

/**
 * Every role, each with the selected members whose user type does not allow it (where the portal lists
 * compatibility). Nothing is hidden or greyed out: those members are skipped with the reason, the others change.
 */
export function RoleSelect({ roles, members, userTypes, value, onChange }: Props) {
  const id = useId();
  const conflicts = useMemo(() => roleConflicts(roles, members ?? [], userTypes ?? []), [roles, members, userTypes]);
  const selected = members?.length ?? 0;
  return (
    <SelectField label="New role" value={value} onValueChange={onChange} renderValue={(key) => roles.find((role) => role.key === key)?.name ?? ''}>
      {roles.map((role) => {
        const conflict = conflicts.get(role.key);
        const noteId = `${id}-${role.key}`;
        return (
          <MenuItem
            key={role.key}
            value={role.key}
            aria-label={role.name}
            aria-describedby={conflict ? noteId : undefined}
            sx={{ flexDirection: 'column', alignItems: 'flex-start', whiteSpace: 'normal' }}
          >
            {role.name}
            {conflict ? (
              <Typography id={noteId} variant="body2" color="warning.dark">
                {roleConflictText(conflict, selected)}
              </Typography>
            ) : null}
          </MenuItem>
        );
      })}
    </SelectField>
  );
}
