import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

import type { EditableMemberRow } from '../import-session';
import { memberColumns } from '../member-columns';
import type { MemberField, MemberMapping } from '../types';

type Props = {
  /** The row without its password: the password field starts empty and a new password is sent only if typed. */
  row: EditableMemberRow;
  mapping: MemberMapping;
  onSave: (values: Partial<Record<MemberField, string>>) => void;
  onClose: () => void;
};

const valueOf = (row: EditableMemberRow, field: MemberField) =>
  field === 'groups' ? row.groups.join('; ') : field === 'password' ? '' : row[field];

/** Fixes one row in place; only fields that come from a column can be edited. Nothing is stored. */
export function ImportRowEditor({ row, mapping, onSave, onClose }: Props) {
  const editable = memberColumns.filter((column) => mapping[column.field] !== undefined);
  const [values, setValues] = useState<Partial<Record<MemberField, string>>>(() =>
    Object.fromEntries(editable.map((column) => [column.field, valueOf(row, column.field)])),
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Fix line {row.line}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {editable.map((column) => (
            <TextField
              key={column.field}
              label={column.label}
              type={column.field === 'password' ? 'password' : 'text'}
              autoComplete={column.field === 'password' ? 'new-password' : 'off'}
              value={values[column.field] ?? ''}
              {...(column.field === 'password' && row.hasPassword
                ? { placeholder: '••••••••', helperText: 'Leave empty to keep the password in the file.' }
                : {})}
              onChange={(event) => {
                setValues((current) => ({ ...current, [column.field]: event.target.value }));
              }}
              size="small"
            />
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          onClick={() => {
            const changed = Object.fromEntries(
              Object.entries(values).filter(([field, value]) =>
                field === 'password' ? value !== '' : value !== valueOf(row, field as MemberField),
              ),
            ) as Partial<Record<MemberField, string>>;
            onSave(changed);
          }}
        >
          Save and check again
        </Button>
      </DialogActions>
    </Dialog>
  );
}
