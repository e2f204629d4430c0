import { membersHref } from '../members-href';
import { seatUseByFullness } from '../seats';
import type { RecencyCount, RoleCount, UserTypeSeats } from '../types';
import { LinkedBarChart } from './linked-bar-chart';

/** The charts, in their own module so @mui/x-charts loads only with the overview, after its numbers. */
export function MembersByRoleChart({ roles }: { roles: RoleCount[] }) {
  return (
    <LinkedBarChart
      description="Bar chart of members by role. The numbers are listed next to it."
      series={[{ label: 'Members' }]}
      bars={roles.map((role) => ({ label: role.name, href: membersHref({ role: role.key }), values: [role.count] }))}
    />
  );
}

/** Only types whose seats the portal reports can be drawn as assigned and left. */
export function SeatsChart({ types }: { types: UserTypeSeats[] }) {
  const known = seatUseByFullness(types).filter((type) => type.left !== null);
  if (known.length === 0) return null;
  return (
    <LinkedBarChart
      description="Stacked bar chart of seats per user type: assigned and left. The numbers are listed next to it."
      stacked
      series={[{ label: 'Assigned' }, { label: 'Seats left' }]}
      bars={known.map((type) => ({
        label: type.name,
        href: membersHref({ type: type.id }),
        values: [type.assigned ?? 0, type.left ?? 0],
      }))}
    />
  );
}

export function RecencyChart({ buckets }: { buckets: RecencyCount[] }) {
  return (
    <LinkedBarChart
      description="Bar chart of members by last sign-in. The numbers are listed next to it."
      series={[{ label: 'Members' }]}
      bars={buckets.map((bucket) => ({ label: bucket.label, href: bucket.href, values: [bucket.count] }))}
    />
  );
}
