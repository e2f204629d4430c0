import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useState } from 'react';

import { DialogButtons } from '@/components/dialog-buttons';
import { countOf } from '@/lib/text/plural';

import { GroupsPicker, RolePicker, UserTypePicker } from './review-pickers';
import type { ReviewOrganization } from '../../core/review-values';

export type BulkSetKind = 'role' | 'userType' | 'groups';
export type BulkScope = 'all' | 'selected';
/** A role or user type cell to write, or groups (ids) to add. */
export type BulkValue = { kind: 'role' | 'userType'; cell: string } | { kind: 'groups'; groupIds: string[] };

const titles: Record<BulkSetKind, string> = { role: 'Set role', userType: 'Set user type', groups: 'Add to groups' };

type Props = {
  kind: BulkSetKind;
  organization: ReviewOrganization;
  allCount: number;
  selectedCount: number;
  onApply: (value: BulkValue, scope: BulkScope) => void;
  onClose: () => void;
};

/** Sets a role or user type, or adds groups, on every row or on the selected ones (as the portal's CSV wizard does). */
export function ImportBulkSetDialog({ kind, organization, allCount, selectedCount, onApply, onClose }: Props) {
  const [scope, setScope] = useState<BulkScope>(selectedCount > 0 ? 'selected' : 'all');
  const [cell, setCell] = useState('');
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const count = scope === 'all' ? allCount : selectedCount;
  const isReady = kind === 'groups' ? groupIds.length > 0 : cell !== '';
  const groups = (organization.groups ?? []).filter((group) => groupIds.includes(group.id));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{titles[kind]}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ mt: 1 }}>
          {kind === 'role' ? <RolePicker organization={organization} value={cell} onChange={setCell} /> : null}
          {kind === 'userType' ? <UserTypePicker organization={organization} value={cell} onChange={setCell} /> : null}
          {kind === 'groups' ? (
            <GroupsPicker
              organization={organization}
              value={groups.map((group) => ({ ...group, known: true }))}
              onChange={(choices) => {
                setGroupIds(choices.map((choice) => choice.id));
              }}
            />
          ) : null}
          <FormControl>
            <FormLabel id="bulk-scope-label">Apply to</FormLabel>
            <RadioGroup
              aria-labelledby="bulk-scope-label"
              value={scope}
              onChange={(event) => {
                setScope(event.target.value as BulkScope);
              }}
            >
              <FormControlLabel value="all" control={<Radio />} label={`All rows (${allCount.toLocaleString('en-US')})`} />
              <FormControlLabel
                value="selected"
                control={<Radio />}
                disabled={selectedCount === 0}
                label={`The selected rows (${selectedCount.toLocaleString('en-US')})`}
              />
            </RadioGroup>
          </FormControl>
          <DialogContentText variant="body2">
            {kind === 'groups' ? 'The groups are added to those each row already names.' : 'This replaces what the file says for these rows.'} Every row is
            checked again, seats included.
          </DialogContentText>
        </Stack>
      </DialogContent>
      <DialogButtons
        onClose={onClose}
        confirm={{
          label: `Apply to ${countOf(count, 'row')}`,
          disabled: !isReady || count === 0,
          onClick: () => onApply(kind === 'groups' ? { kind, groupIds } : { kind, cell }, scope),
        }}
      />
    </Dialog>
  );
}
