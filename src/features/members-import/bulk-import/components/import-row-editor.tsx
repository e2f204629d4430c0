import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState } from 'react';

import { DialogButtons } from '@/components/dialog-buttons';
import { TextInput } from '@/components/text-input';

import { GroupsPicker, RolePicker, UserTypePicker, groupChoicesOf, groupsCellOf } from './review-pickers';
import { settableWithoutColumn } from '../../core/analyze-member-file';
import { memberColumns } from '../../core/member-columns';
import type { ReviewOrganization } from '../../core/review-values';
import type { MemberField, MemberMapping } from '../../core/types';
import type { EditableMemberRow } from '../../worker/import-session';

type Props = {
  /** The row without its password: the password field starts empty and a new password is sent only if typed. */
  row: EditableMemberRow;
  mapping: MemberMapping;
  /** Roles, user types (with seats left) and groups for the pickers; without it those fields are typed. */
  organization: ReviewOrganization | null;
  onSave: (values: Partial<Record<MemberField, string>>) => void;
  onClose: () => void;
};

const valueOf = (row: EditableMemberRow, field: MemberField) => (field === 'groups' ? row.groups.join('; ') : field === 'password' ? '' : row[field]);

const settable = new Set<MemberField>(settableWithoutColumn);

/**
 * Fixes one row in place: the fields that come from a column, and role, user type and groups even when the file has
 * no column for them (picked from the organization's). Nothing is stored.
 */
export function ImportRowEditor({ row, mapping, organization, onSave, onClose }: Props) {
  const editable = memberColumns.filter((column) => mapping[column.field] !== undefined || settable.has(column.field));
  const [values, setValues] = useState<Partial<Record<MemberField, string>>>(() =>
    Object.fromEntries(editable.map((column) => [column.field, valueOf(row, column.field)])),
  );
  const save = () => {
    const changed = Object.fromEntries(
      Object.entries(values).filter(([field, value]) => (field === 'password' ? value !== '' : value !== valueOf(row, field as MemberField))),
    ) as Partial<Record<MemberField, string>>;
    onSave(changed);
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Fix line {row.line}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {editable.map((column) => {
            const set = (value: string) => {
              setValues((current) => ({ ...current, [column.field]: value }));
            };
            const value = values[column.field] ?? '';
            if (organization && column.field === 'role') {
              return <RolePicker key="role" organization={organization} value={value} onChange={set} allowDefault />;
            }
            if (organization?.userTypes && column.field === 'userType') {
              return <UserTypePicker key="userType" organization={organization} value={value} onChange={set} allowDefault />;
            }
            if (organization?.groups && column.field === 'groups') {
              return (
                <GroupsPicker
                  key="groups"
                  organization={organization}
                  value={groupChoicesOf(value, organization)}
                  onChange={(choices) => {
                    set(groupsCellOf(choices, organization));
                  }}
                />
              );
            }
            return (
              <TextInput
                key={column.field}
                label={column.label}
                type={column.field === 'password' ? 'password' : 'text'}
                autoComplete={column.field === 'password' ? 'new-password' : 'off'}
                value={value}
                {...(column.field === 'password' && row.hasPassword
                  ? { placeholder: '••••••••', helperText: 'Leave empty to keep the password in the file.' }
                  : {})}
                onValueChange={set}
                size="small"
              />
            );
          })}
        </Stack>
      </DialogContent>
      <DialogButtons onClose={onClose} confirm={{ label: 'Save and check again', onClick: save }} />
    </Dialog>
  );
}
