import { privilegeNames } from '@/lib/arcgis/privileges';

import type { BulkAction } from './bulk-action';

/** The privilege each member action needs; the portal refuses the call without it anyway. */
const privilegeFor: Record<BulkAction['kind'], string> = {
  role: privilegeNames.changeUserRoles,
  userType: privilegeNames.manageLicenses,
  addToGroup: privilegeNames.assignToGroups,
  removeFromGroup: privilegeNames.assignToGroups,
  disable: privilegeNames.disableUsers,
  enable: privilegeNames.disableUsers,
  delete: privilegeNames.deleteUsers,
  assignLicense: privilegeNames.manageLicenses,
  revokeLicense: privilegeNames.manageLicenses,
  allocateCredits: privilegeNames.manageCredits,
  removeCredits: privilegeNames.manageCredits,
};

/** The actions on members that these privileges allow, in menu order. */
export function allowedMemberActions(privileges: readonly string[]): BulkAction['kind'][] {
  const held = new Set(privileges);
  return (Object.keys(privilegeFor) as BulkAction['kind'][]).filter((kind) => held.has(privilegeFor[kind]));
}
