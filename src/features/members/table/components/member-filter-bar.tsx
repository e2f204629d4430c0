import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { SelectField } from '@/components/select-field';
import { usePortalSession } from '@/hooks/use-session';
import { builtInRoleLabels } from '@/lib/arcgis/role-labels';
import { userSearchClauseQueries } from '@/lib/arcgis/user-search-clauses';

import { userQueries } from '../../api/user-queries';
import { categoryLabel } from '../../member-page/member-categories';
import { hasMemberFilters, type MemberFilters, noMemberFilters } from '../member-filters';
import { DateRangeFields } from './date-range-fields';
import { GroupPicker } from '../../bulk/components/group-picker';

type Props = { filters: MemberFilters; onChange: (filters: MemberFilters) => void };

const lastLoginOptions = [
  ['', 'Any time'],
  ['never', 'Never signed in'],
  ['30', 'More than 30 days ago'],
  ['90', 'More than 90 days ago'],
  ['365', 'More than a year ago'],
  ['range', 'Between dates…'],
] as const;

/**
 * Role, user type, last login, status, identity provider and group; each choice narrows what the portal lists.
 * Last login and status need search clauses a portal may not honour (user-search-clauses.ts): where it does not,
 * they are offered disabled with the reason, except under a group filter, which applies them itself.
 */
export function MemberFilterBar({ filters, onChange }: Props) {
  const session = usePortalSession();
  const lookups = useQuery(userQueries.lookups(session));
  const roles: [string, string][] = [
    ['org_admin', builtInRoleLabels.org_admin ?? 'Administrator'],
    ['org_publisher', builtInRoleLabels.org_publisher ?? 'Publisher'],
    ['org_user', builtInRoleLabels.org_user ?? 'User'],
    ...(lookups.data ? [...lookups.data.roleNames] : []),
  ];
  const userTypes = lookups.data ? [...lookups.data.userTypeNames] : [];
  const group = useQuery({ ...userQueries.group(session, filters.group), enabled: Boolean(filters.group) });
  const clauses = useQuery(userSearchClauseQueries.supported(session));
  const categories = useQuery(userQueries.categories(session));
  // Still offered while set (from a link), so it can be cleared.
  const unavailable = (supported: boolean | undefined, value: string) => supported === false && !value && !filters.group;
  const notSupported = [
    unavailable(clauses.data?.lastLogin, filters.lastLogin) ? 'last login' : '',
    unavailable(clauses.data?.disabled, filters.status) ? 'status' : '',
  ].filter(Boolean);
  const set = (change: Partial<MemberFilters>) => {
    onChange({ ...filters, ...change });
  };
  const select = (label: string, value: string, options: readonly (readonly [string, string])[], onSelect: (value: string) => void, disabled = false) => (
    <SelectField
      size="small"
      label={label}
      disabled={disabled}
      value={options.some(([option]) => option === value) ? value : ''}
      onValueChange={onSelect}
      sx={{ minWidth: 170 }}
      options={options.map(([option, text]) => ({ value: option, label: text }))}
    />
  );

  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} role="group" aria-label="Filters">
      {select('Role', filters.role, [['', 'All roles'], ...roles], (role) => {
        set({ role });
      })}
      {select('User type', filters.userType, [['', 'All user types'], ...userTypes], (userType) => {
        set({ userType });
      })}
      {select(
        'Last login',
        filters.lastLogin,
        lastLoginOptions,
        (lastLogin) => {
          set({ lastLogin: lastLogin as MemberFilters['lastLogin'] });
        },
        unavailable(clauses.data?.lastLogin, filters.lastLogin),
      )}
      {filters.lastLogin === 'range' ? (
        <DateRangeFields
          label="Last login"
          from={filters.lastLoginFrom}
          to={filters.lastLoginTo}
          onChange={({ from, to }) => {
            set({ lastLoginFrom: from, lastLoginTo: to });
          }}
        />
      ) : null}
      {select(
        'Status',
        filters.status,
        [
          ['', 'Any status'],
          ['active', 'Active'],
          ['disabled', 'Disabled'],
        ],
        (status) => {
          set({ status: status as MemberFilters['status'] });
        },
        unavailable(clauses.data?.disabled, filters.status),
      )}
      {select(
        'Identity provider',
        filters.provider,
        [
          ['', 'Any provider'],
          ['arcgis', 'Built-in (ArcGIS)'],
          ['enterprise', 'Enterprise (SAML)'],
        ],
        (provider) => {
          set({ provider: provider as MemberFilters['provider'] });
        },
      )}
      {categories.data && (categories.data.length > 0 || filters.category) ? (
        <SelectField
          size="small"
          label="Category"
          value={filters.category}
          onValueChange={(category) => {
            set({ category });
          }}
          sx={{ minWidth: 200 }}
          emptyOption="All categories"
          renderValue={(value) => (value ? categoryLabel(value) : 'All categories')}
          // Members hold the tree's leaves; the branches above them are headings.
          options={[
            ...categories.data.map((option) => ({ value: option.path, label: option.title, disabled: !option.leaf, sx: { pl: 2 + option.depth * 2 } })),
            ...(filters.category && !categories.data.some((option) => option.path === filters.category)
              ? [{ value: filters.category, label: categoryLabel(filters.category) }]
              : []),
          ]}
        />
      ) : null}
      <DateRangeFields
        label="Created"
        from={filters.createdFrom}
        to={filters.createdTo}
        withChip
        onChange={({ from, to }) => {
          set({ createdFrom: from, createdTo: to });
        }}
      />
      <GroupPicker
        label="Group"
        value={filters.group ? (group.data ?? { id: filters.group, title: group.isError ? 'Unknown group' : 'Loading…', access: '' }) : null}
        onChange={(picked) => {
          set({ group: picked?.id ?? '' });
        }}
      />
      {hasMemberFilters(filters) ? (
        <Button
          onClick={() => {
            onChange(noMemberFilters);
          }}
        >
          Clear filters
        </Button>
      ) : null}
      {categories.data?.length === 0 && !filters.category ? (
        <Typography variant="body2" color="text.secondary">
          This organization has no member categories.
        </Typography>
      ) : null}
      {categories.isError ? (
        <Typography variant="body2" color="text.secondary">
          Member categories could not be read from this portal ({categories.error.message}).
        </Typography>
      ) : null}
      {notSupported.length > 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ flexBasis: '100%' }}>
          This portal&apos;s member search cannot filter by {notSupported.join(' or ')}.
        </Typography>
      ) : null}
    </Stack>
  );
}
