import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { ErrorAlert } from '@/components/error-alert';
import { usePortalSession } from '@/hooks/use-session';
import { userTypeQueries } from '@/lib/arcgis/user-types';

/** The user types a member with this role may have, as the portal reports them (`compatibleRoles`). */
export function RoleUserTypes({ roleKey }: { roleKey: string }) {
  const session = usePortalSession();
  const userTypes = useQuery(userTypeQueries.list(session));
  if (userTypes.isPending) return <Skeleton width={240} />;
  if (userTypes.isError) return <ErrorAlert title="User types could not be loaded" message={userTypes.error.message} />;
  if (userTypes.data.every((type) => type.compatibleRoles === null)) {
    return (
      <Typography color="text.secondary">
        Not reported by the portal: it checks whether a member&apos;s user type allows a role when the role or the user type is changed, and Roster shows its
        answer.
      </Typography>
    );
  }
  const compatible = userTypes.data.filter((type) => type.compatibleRoles?.includes(roleKey));
  if (compatible.length === 0) {
    return <Typography color="text.secondary">No user type allows this role.</Typography>;
  }
  return (
    <Stack component="ul" direction="row" sx={{ flexWrap: 'wrap', gap: 1, p: 0, m: 0, listStyle: 'none' }} aria-label="Compatible user types">
      {compatible.map((type) => (
        <li key={type.id}>
          <Chip label={type.name} variant="outlined" />
        </li>
      ))}
    </Stack>
  );
}
