import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

import { LeaveGuard } from '@/components/leave-guard';
import { SelectField } from '@/components/select-field';
import { TextInput } from '@/components/text-input';
import { orderPrivileges } from '@/lib/arcgis/group-privileges';
import { countOf } from '@/lib/text/plural';

import { useCreateRole, useUpdateRole } from '../api/role-mutations';
import { diffPrivileges, hasRoleFormErrors, maxRoleDescriptionLength, maxRoleNameLength, validateRoleForm } from '../role-form';
import type { Role, RoleSaveResult } from '../types';
import { PrivilegePicker } from './privilege-picker';
import { SaveRoleDialog } from './save-role-dialog';

export type RoleEditorMode = { kind: 'create'; templates: Role[]; templateKey: string } | { kind: 'edit'; role: Role };

type Props = {
  mode: RoleEditorMode;
  /** Names of every other role, to refuse a duplicate before the portal does. */
  otherRoleNames: string[];
  onSaved: (result: RoleSaveResult, name: string) => void;
  onCancel: () => void;
};

function counter(length: number, max: number) {
  return `${String(length)} / ${String(max)}`;
}

/** Create a role (empty or from a template) or edit one: name, description and privileges, then a confirmation. */
export function RoleEditor({ mode, otherRoleNames, onSaved, onCancel }: Props) {
  const initial = mode.kind === 'edit' ? mode.role : mode.templates.find((role) => role.key === mode.templateKey);
  const [templateKey, setTemplateKey] = useState(mode.kind === 'create' ? mode.templateKey : '');
  const [name, setName] = useState(mode.kind === 'edit' ? mode.role.name : '');
  const [description, setDescription] = useState(mode.kind === 'edit' ? mode.role.description : '');
  const [privileges, setPrivileges] = useState<string[]>(orderPrivileges(initial?.privileges ?? []));
  const [touched, setTouched] = useState({ name: false, description: false, submitted: false });
  const [isConfirming, setIsConfirming] = useState(false);
  const createRole = useCreateRole();
  const updateRole = useUpdateRole(mode.kind === 'edit' ? mode.role.key : '');
  const save = mode.kind === 'create' ? createRole : updateRole;

  const values = { name, description, privileges };
  const errors = validateRoleForm(values, otherRoleNames);
  const shown = {
    name: touched.name || touched.submitted ? errors.name : undefined,
    description: touched.description || touched.submitted ? errors.description : undefined,
    privileges: touched.submitted ? errors.privileges : undefined,
  };
  const before = mode.kind === 'edit' ? mode.role.privileges : [];
  const changes = diffPrivileges(before, privileges);
  const startedWith = diffPrivileges(initial?.privileges ?? [], privileges);
  // Saved (or being saved) is not lost: the guard only holds changes nothing has written yet.
  const isDirty =
    !save.isPending &&
    !save.isSuccess &&
    (name.trim() !== (mode.kind === 'edit' ? mode.role.name : '') ||
      description.trim() !== (mode.kind === 'edit' ? mode.role.description : '') ||
      startedWith.added.length + startedWith.removed.length > 0 ||
      (mode.kind === 'create' && templateKey !== mode.templateKey));

  const handleTemplate = (key: string) => {
    setTemplateKey(key);
    const template = mode.kind === 'create' ? mode.templates.find((role) => role.key === key) : undefined;
    setPrivileges(orderPrivileges(template?.privileges ?? []));
  };

  const handleReview = () => {
    setTouched((current) => ({ ...current, submitted: true }));
    if (hasRoleFormErrors(errors)) return;
    save.reset();
    setIsConfirming(true);
  };

  const handleConfirm = () => {
    const draft = { name: name.trim(), description: description.trim(), privileges: orderPrivileges(privileges) };
    const onSuccess = (result: RoleSaveResult) => {
      if (!result.incomplete) onSaved(result, draft.name);
    };
    if (mode.kind === 'create') createRole.mutate(draft, { onSuccess });
    else {
      const change = {
        privilegesBefore: mode.role.privileges,
        privilegesChanged: changes.added.length + changes.removed.length > 0,
        textChanged: draft.name !== mode.role.name || draft.description !== mode.role.description,
      };
      updateRole.mutate({ draft, change }, { onSuccess });
    }
  };

  return (
    <Box
      component="form"
      noValidate
      aria-label={mode.kind === 'create' ? 'New role' : `Edit ${mode.role.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        handleReview();
      }}
    >
      <LeaveGuard when={isDirty} what={mode.kind === 'create' ? 'this new role' : 'your changes to this role'} />
      <Stack spacing={3}>
        <Paper variant="outlined" sx={{ p: 2.5 }}>
          <Stack spacing={2.5} sx={{ maxWidth: 720 }}>
            {mode.kind === 'create' ? (
              <SelectField
                label="Start from"
                value={templateKey}
                onValueChange={handleTemplate}
                helperText="A template preselects the privileges of an existing role; you can change them below."
                emptyOption="Nothing (no privileges)"
                options={mode.templates.map((role) => ({ value: role.key, label: role.name }))}
              />
            ) : null}
            <TextInput
              label="Name"
              required
              value={name}
              onValueChange={(value) => {
                setName(value);
                setTouched((current) => ({ ...current, name: true }));
              }}
              error={Boolean(shown.name)}
              helperText={<HelperWithCounter message={shown.name} count={counter(name.trim().length, maxRoleNameLength)} />}
            />
            <TextInput
              label="Description"
              multiline
              minRows={2}
              value={description}
              onValueChange={(value) => {
                setDescription(value);
                setTouched((current) => ({ ...current, description: true }));
              }}
              error={Boolean(shown.description)}
              helperText={<HelperWithCounter message={shown.description} count={counter(description.trim().length, maxRoleDescriptionLength)} />}
            />
          </Stack>
        </Paper>

        <Box>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', mb: 1.5 }}>
            <Typography variant="h2">Privileges</Typography>
            <Typography variant="body2" color="text.secondary" role="status">
              {`${countOf(privileges.length, 'privilege')} selected`}
            </Typography>
          </Stack>
          {shown.privileges ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {shown.privileges}
            </Alert>
          ) : null}
          <PrivilegePicker selected={privileges} onChange={setPrivileges} />
        </Box>

        {touched.submitted && hasRoleFormErrors(errors) ? <Alert severity="error">Fix the fields marked above before saving.</Alert> : null}
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained">
            {mode.kind === 'create' ? 'Review and create' : 'Review changes'}
          </Button>
        </Stack>
      </Stack>

      <SaveRoleDialog
        open={isConfirming}
        mode={mode.kind}
        name={name.trim()}
        description={description.trim()}
        nameBefore={mode.kind === 'edit' ? mode.role.name : undefined}
        descriptionBefore={mode.kind === 'edit' ? mode.role.description : undefined}
        privilegeCount={privileges.length}
        changes={changes}
        templateName={mode.kind === 'create' ? mode.templates.find((role) => role.key === templateKey)?.name : undefined}
        state={save.status}
        error={save.error?.message}
        result={save.data}
        onConfirm={handleConfirm}
        onClose={() => {
          setIsConfirming(false);
        }}
        onOpenRole={(result) => {
          onSaved({ roleId: result.roleId }, name.trim());
        }}
      />
    </Box>
  );
}

function HelperWithCounter({ message, count }: { message: string | undefined; count: string }) {
  return (
    <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
      <span>{message}</span>
      <span>{count}</span>
    </Box>
  );
}
