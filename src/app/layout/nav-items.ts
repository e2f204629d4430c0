import type { SvgIconComponent } from '@mui/icons-material';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import CardMembershipOutlined from '@mui/icons-material/CardMembershipOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';

import { paths } from '@/config/paths';
import { privilegeNames } from '@/lib/arcgis/privileges';

export type NavItem = {
  label: string;
  to: string;
  icon: SvgIconComponent;
  end?: boolean;
  /** Shown only to members holding this privilege. */
  privilege?: string;
  /** Hidden from members holding this privilege (they land on a richer screen instead). */
  hiddenWith?: string;
};

/** Only screens that exist are listed; each is shown to members holding its privilege. */
export const navItems: NavItem[] = [
  { label: 'Home', to: paths.home.href(), icon: HomeOutlined, end: true, hiddenWith: privilegeNames.viewUsers },
  { label: 'Overview', to: paths.overview.href(), icon: DashboardOutlined, privilege: privilegeNames.viewUsers },
  { label: 'Members', to: paths.members.href(), icon: PeopleAltOutlined, privilege: privilegeNames.viewUsers },
  { label: 'Groups', to: paths.groups.href(), icon: GroupsOutlined, privilege: privilegeNames.viewOrgGroups },
  { label: 'Roles', to: paths.roles.href(), icon: BadgeOutlined, privilege: privilegeNames.viewUsers },
  { label: 'Approvals', to: paths.approvals.href(), icon: FactCheckOutlined, privilege: privilegeNames.inviteUsers },
  { label: 'History', to: paths.history.href(), icon: HistoryOutlined, privilege: privilegeNames.viewItems },
  { label: 'Licences', to: paths.licenses.href(), icon: CardMembershipOutlined, privilege: privilegeNames.manageLicenses },
];

export function visibleNavItems(privileges: readonly string[]): NavItem[] {
  return navItems.filter((item) => (!item.privilege || privileges.includes(item.privilege)) && (!item.hiddenWith || !privileges.includes(item.hiddenWith)));
}
