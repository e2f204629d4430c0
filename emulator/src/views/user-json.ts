import { groupJson } from './group-json';
import type { GroupRow, MemberType } from '../store/groups-repo';
import { categoriesOf } from '../store/member-categories';
import { licensedItemsOf, type UserRow } from '../store/users-repo';

const parseTags = (tags: string): string[] => JSON.parse(tags) as string[];

/** The fields anyone in the organization may see. */
export function publicUserJson(user: UserRow, orgId: string): Record<string, unknown> {
  return {
    username: user.username,
    fullName: user.fullname,
    firstName: user.firstname,
    lastName: user.lastname,
    description: user.description,
    tags: parseTags(user.tags),
    culture: user.culture,
    region: user.region,
    units: user.units,
    thumbnail: user.thumbnail,
    created: user.created,
    modified: user.modified,
    orgId,
  };
}

type FullOptions = {
  privileges?: readonly string[];
  groups?: (GroupRow & { member_type: MemberType })[];
  /** `returnUserLicensedItems=true`: the add-on licences as `userLicensedItems`, right after `disabled` (MOCK-U). */
  licensedItems?: boolean;
  /** `availableCredits`/`assignedCredits` (-1 without an allocation); `null` leaves them out (ArcGIS Enterprise). */
  credits?: { availableCredits: number; assignedCredits: number } | null;
};

/**
 * Everything an administrator (or the member themself) sees, in the portal's field order. `roleId` is
 * present only for Viewer, Data Editor and custom roles; `privileges`/`groups`/`userLicensedItems` only when asked for.
 * `userType` is the member's Esri access (`arcgisonly` or `both`).
 */
export function fullUserJson(user: UserRow, orgId: string, options: FullOptions = {}): Record<string, unknown> {
  const json: Record<string, unknown> = {
    username: user.username,
    udn: null,
    id: user.id,
    categories: categoriesOf(user),
    fullName: user.fullname,
    ...(options.credits === null ? {} : (options.credits ?? { availableCredits: -1, assignedCredits: -1 })),
    firstName: user.firstname,
    lastName: user.lastname,
    preferredView: null,
    description: user.description,
    email: user.email,
    userType: user.esri_access,
    idpUsername: user.idpusername,
    favGroupId: null,
    lastLogin: user.lastlogin,
    mfaEnabled: user.mfaenabled === 1,
    mfaEnforcementExempt: false,
    storageUsage: user.storage_usage,
    storageQuota: user.storage_quota,
    orgId,
    role: user.role,
  };
  if (options.privileges) json.privileges = [...options.privileges];
  if (user.roleid) json.roleId = user.roleid;
  Object.assign(json, {
    level: user.level,
    userLicenseTypeId: user.usertype,
    disabled: user.disabled === 1,
    ...(options.licensedItems ? { userLicensedItems: licensedItemsOf(user) } : {}),
    tags: parseTags(user.tags),
    culture: user.culture,
    cultureFormat: 'us',
    region: user.region,
    units: user.units,
    thumbnail: user.thumbnail,
    access: user.access,
    created: user.created,
    modified: user.modified,
    provider: user.provider,
    groups: (options.groups ?? []).map((group) => groupJson(group, orgId, { username: user.username, memberType: group.member_type })),
  });
  return json;
}
