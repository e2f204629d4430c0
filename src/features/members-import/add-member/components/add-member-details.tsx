import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import ListItemText from '@mui/material/ListItemText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import { SelectField } from '@/components/select-field';
import { TextInput } from '@/components/text-input';
import { builtInRoleLabels } from '@/lib/arcgis/role-labels';

import { descriptionMaxLength } from '../../core/member-field-rules';
import type { AccountKind } from '../../core/types';
import {
  type AddMemberContext,
  type AddMemberForm,
  compatibleUserTypes,
  effectiveIdpUsername,
  findRole,
  findUserType,
  hasSeatLeft,
  seatsLeftText,
  suggestUsername,
  withRole,
} from '../add-member-form';
import { accountKindLabels } from '../add-member-invitation';
import type { AddMemberErrors, AddMemberField } from '../add-member-validation';
import { PasswordField } from './add-member-password-field';
import { type UsernameCheck, UsernameField } from './add-member-username-field';

type Props = {
  form: AddMemberForm;
  context: AddMemberContext;
  /** Only the messages to show now (fields left or a "Next" tried). */
  errors: AddMemberErrors;
  usernameCheck: UsernameCheck;
  onChange: (form: AddMemberForm) => void;
  onBlur: (field: AddMemberField) => void;
};

/** The Details step: every field has a visible label; errors name the field in words. */
export function AddMemberDetails({ form, context, errors, usernameCheck, onChange, onBlur }: Props) {
  const set = <K extends keyof AddMemberForm>(key: K, value: AddMemberForm[K]) => {
    onChange({ ...form, [key]: value });
  };
  const text = (field: 'firstName' | 'lastName' | 'email', label: string, autoComplete: string) => (
    <TextInput
      id={`add-member-${field}`}
      label={label}
      required
      fullWidth
      value={form[field]}
      autoComplete={autoComplete}
      error={Boolean(errors[field])}
      helperText={errors[field]}
      onValueChange={(value) => {
        set(field, value);
      }}
      onBlur={() => {
        onBlur(field);
      }}
      {...(field === 'email' ? { type: 'email' } : {})}
    />
  );
  const role = findRole(context, form.roleId);
  const userTypes = compatibleUserTypes(context, form.roleId);
  const groupsById = new Map((context.groups ?? []).map((group) => [group.id, group]));
  const selectedGroups = form.groupIds.flatMap((id) => groupsById.get(id) ?? []);
  const sortedGroups = [...(context.groups ?? [])].sort((a, b) => a.title.localeCompare(b.title));
  const restrictsRoles = userTypes.some((type) => type.compatibleRoleIds !== null);
  const suggestion = suggestUsername(form.email, form.accountKind, context.portalKind);
  const defaultRoleName = findRole(context, context.defaults.roleId)?.name ?? 'none';
  const defaultGroupTitles = context.defaults.groupIds.flatMap((id) => groupsById.get(id)?.title ?? []).join(', ') || 'none';

  return (
    <Stack spacing={3.5}>
      <FormControl>
        <FormLabel id="add-member-account-kind" sx={{ color: 'text.primary', fontWeight: 600, mb: 0.5, '&.Mui-focused': { color: 'text.primary' } }}>
          Account type
        </FormLabel>
        <RadioGroup
          row
          aria-labelledby="add-member-account-kind"
          value={form.accountKind}
          onChange={(event) => {
            set('accountKind', event.target.value as AccountKind);
          }}
        >
          <FormControlLabel value="builtin" control={<Radio />} label={accountKindLabels.builtin} />
          <FormControlLabel value="enterprise" control={<Radio />} label={accountKindLabels.enterprise} />
        </RadioGroup>
        <Typography variant="body2" color="text.secondary">
          {form.accountKind === 'builtin'
            ? 'The member signs in to the portal with the username and the password you set here.'
            : 'The member signs in through your SAML identity provider; the portal keeps no password for them.'}
        </Typography>
      </FormControl>

      <Section title="Person">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>{text('firstName', 'First name', 'off')}</Grid>
          <Grid size={{ xs: 12, sm: 6 }}>{text('lastName', 'Last name', 'off')}</Grid>
          <Grid size={12}>{text('email', 'Email', 'off')}</Grid>
        </Grid>
      </Section>

      <Section title="Sign-in">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <UsernameField
              value={form.username ?? suggestion}
              suggested={form.username === null && suggestion !== ''}
              kind={form.accountKind}
              check={usernameCheck}
              error={errors.username}
              onChange={(value) => {
                set('username', value);
              }}
              onBlur={() => {
                onBlur('username');
              }}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            {form.accountKind === 'builtin' ? (
              <PasswordField
                value={form.password}
                policy={context.passwordPolicy}
                error={errors.password}
                onChange={(value) => {
                  set('password', value);
                }}
                onBlur={() => {
                  onBlur('password');
                }}
              />
            ) : (
              <TextInput
                id="add-member-idpUsername"
                label="IdP username"
                fullWidth
                value={form.idpUsername ?? effectiveIdpUsername(form, context.portalKind)}
                error={Boolean(errors.idpUsername)}
                helperText={
                  errors.idpUsername ??
                  (form.idpUsername === null
                    ? 'The name your identity provider sends; the same as the username unless you change it.'
                    : 'The name your identity provider sends for this member.')
                }
                onValueChange={(value) => {
                  set('idpUsername', value);
                }}
                onBlur={() => {
                  onBlur('idpUsername');
                }}
                slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
              />
            )}
          </Grid>
        </Grid>
      </Section>

      <Section title="Access">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectField
              id="add-member-role"
              label="Role"
              required
              fullWidth
              value={role ? form.roleId : ''}
              error={Boolean(errors.role)}
              helperText={errors.role ?? `New member default: ${defaultRoleName}.`}
              onValueChange={(roleId) => {
                onChange(withRole(form, context, roleId));
              }}
              onBlur={() => {
                onBlur('role');
              }}
              options={context.roles.map((option) => ({
                value: option.id,
                label: <ListItemText primary={option.name} secondary={option.id in builtInRoleLabels ? undefined : 'Custom role'} sx={{ my: 0 }} />,
              }))}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectField
              id="add-member-userType"
              label="User type"
              required={context.userTypes !== null}
              disabled={context.userTypes === null}
              fullWidth
              value={userTypes.some((type) => type.id === form.userTypeId) ? form.userTypeId : ''}
              error={Boolean(errors.userType)}
              helperText={
                errors.userType ??
                (context.userTypes === null
                  ? 'The portal did not list its user types; the member is added without one and the portal decides.'
                  : !role
                    ? 'Choose a role first.'
                    : restrictsRoles
                      ? `Only the user types the ${role.name} role may have are listed.`
                      : 'The portal does not say which user types each role allows; it refuses a combination it does not allow.')
              }
              onValueChange={(userTypeId) => {
                set('userTypeId', userTypeId);
              }}
              onBlur={() => {
                onBlur('userType');
              }}
              renderValue={(value) => {
                const type = findUserType(context, value);
                return type ? `${type.name} · ${seatsLeftText(type.seatsLeft)}` : '';
              }}
              options={userTypes.map((type) => ({
                value: type.id,
                label: <ListItemText primary={type.name} secondary={seatsLeftText(type.seatsLeft)} sx={{ my: 0 }} />,
                disabled: !hasSeatLeft(type),
              }))}
            />
          </Grid>
          <Grid size={12}>
            <Autocomplete
              multiple
              id="add-member-groups"
              options={sortedGroups}
              value={selectedGroups}
              getOptionLabel={(group) => group.title}
              isOptionEqualToValue={(option, value) => option.id === value.id}
              filterSelectedOptions
              onChange={(_event, groups) => {
                set(
                  'groupIds',
                  groups.map((group) => group.id),
                );
              }}
              onBlur={() => {
                onBlur('groups');
              }}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label="Groups"
                  error={Boolean(errors.groups)}
                  helperText={
                    errors.groups ??
                    (context.groups === null
                      ? 'The portal did not list the organization’s groups; add the member to groups later.'
                      : `New member default groups: ${defaultGroupTitles}.`)
                  }
                />
              )}
            />
          </Grid>
        </Grid>
      </Section>

      <TextInput
        id="add-member-description"
        label="Description"
        fullWidth
        multiline
        minRows={2}
        value={form.description}
        error={Boolean(errors.description)}
        onValueChange={(value) => {
          set('description', value);
        }}
        onBlur={() => {
          onBlur('description');
        }}
        helperText={
          <Box component="span" sx={{ display: 'flex', gap: 2 }}>
            <Box component="span" sx={{ flexGrow: 1 }}>
              {errors.description ?? 'Optional; shown on the member’s profile.'}
            </Box>
            <Box component="span">
              {form.description.length}/{descriptionMaxLength}
            </Box>
          </Box>
        }
      />
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="h3" component="h3" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
