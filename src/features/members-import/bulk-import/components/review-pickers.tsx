import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

import { SelectField } from '@/components/select-field';

import { seatsLeftText } from '../../add-member/add-member-form';
import { splitGroupsCell } from '../../core/apply-member-mapping';
import { createGroupResolver, createRoleResolver, createUserTypeResolver } from '../../core/resolve-member-references';
import { groupCell, joinGroupsCell, type ReviewOrganization, roleCell, userTypeCell } from '../../core/review-values';

type Option = { value: string; label: string; disabled?: boolean };

type CellPickerProps = {
  organization: ReviewOrganization;
  /** The cell as it is (a name, an id, a legacy value, or '' for the organization's default). */
  value: string;
  onChange: (cell: string) => void;
  /** Offer "Organization default" (an empty cell); the Fix dialog does, "Set … for rows" does not. */
  allowDefault?: boolean;
};

function CellSelect({
  label,
  value,
  options,
  emptyOption,
  onChange,
}: {
  label: string;
  value: string;
  options: Option[];
  emptyOption?: string;
  onChange: (cell: string) => void;
}) {
  return <SelectField size="small" label={label} value={value} options={options} emptyOption={emptyOption} onValueChange={onChange} fullWidth />;
}

/** The option a cell stands for: the one it names, or the cell itself marked as unknown. */
function withCurrent(options: Option[], cell: string, canonical: string | undefined, unknownLabel: string): { value: string; options: Option[] } {
  if (cell === '') return { value: cell, options };
  if (options.some((option) => option.value === cell)) return { value: cell, options };
  if (canonical !== undefined && options.some((option) => option.value === canonical)) return { value: canonical, options };
  return { value: cell, options: [...options, { value: cell, label: `${cell} (${unknownLabel})`, disabled: true }] };
}

/** The organization's roles by name. */
export function RolePicker({ organization, value, onChange, allowDefault = false }: CellPickerProps) {
  const defaultName = organization.roles.find((role) => role.id === organization.defaults.roleId)?.name;
  const options: Option[] = organization.roles.map((role) => ({ value: roleCell(organization, role.id), label: role.name }));
  const emptyOption = allowDefault ? `Organization default${defaultName ? ` (${defaultName})` : ''}` : undefined;
  const resolved = value ? createRoleResolver(organization.roles)(value) : undefined;
  const current = withCurrent(options, value, resolved && roleCell(organization, resolved.id), 'not a role here');
  return <CellSelect label="Role" value={current.value} options={current.options} emptyOption={emptyOption} onChange={onChange} />;
}

/** The organization's user types with the seats left; a type with no seat left cannot be chosen. */
export function UserTypePicker({ organization, value, onChange, allowDefault = false }: CellPickerProps) {
  const types = organization.userTypes ?? [];
  const defaultType = types.find((type) => type.id === organization.defaults.userTypeId);
  const options: Option[] = types.map((type) => ({
    value: userTypeCell(organization, type.id),
    label: `${type.name} — ${seatsLeftText(type.seatsLeft).toLowerCase()}`,
    disabled: type.seatsLeft === 0,
  }));
  const emptyOption = allowDefault
    ? `Organization default${defaultType ? ` (${defaultType.name}, ${seatsLeftText(defaultType.seatsLeft).toLowerCase()})` : ''}`
    : undefined;
  const resolved = value ? createUserTypeResolver(types)(value) : undefined;
  const current = withCurrent(options, value, resolved && userTypeCell(organization, resolved.id), 'not a user type here');
  // The row's own type stays selectable even without seats, so the dialog shows what it has.
  const shown = current.options.map((option) => (option.value === current.value ? { ...option, disabled: false } : option));
  return <CellSelect label="User type" value={current.value} options={shown} emptyOption={emptyOption} onChange={onChange} />;
}

type GroupChoice = { id: string; title: string; known: boolean };

/** The references of a Groups cell as choices: known groups, and references no group matches (kept as written). */
export function groupChoicesOf(cell: string, organization: ReviewOrganization): GroupChoice[] {
  const resolve = createGroupResolver(organization.groups ?? []);
  return splitGroupsCell(cell).map((reference) => {
    const found = resolve(reference);
    return found && 'group' in found
      ? { id: found.group.id, title: found.group.title, known: true }
      : { id: reference, title: `${reference} (not found)`, known: false };
  });
}

/** The organization's groups, several at once. */
export function GroupsPicker({
  organization,
  value,
  onChange,
  label = 'Groups',
}: {
  organization: ReviewOrganization;
  value: readonly GroupChoice[];
  onChange: (choices: GroupChoice[]) => void;
  label?: string;
}) {
  const options: GroupChoice[] = (organization.groups ?? []).map((group) => ({ id: group.id, title: group.title, known: true }));
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={[...value]}
      getOptionLabel={(option) => option.title}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      onChange={(_event, next) => {
        onChange(next);
      }}
      renderInput={(params) => <TextField {...params} label={label} />}
    />
  );
}

/** Choices → the Groups cell (titles where they name one group, else ids; unknown references as written). */
export function groupsCellOf(choices: readonly GroupChoice[], organization: ReviewOrganization): string {
  return joinGroupsCell(choices.map((choice) => (choice.known ? groupCell(organization, choice.id) : choice.id)));
}
