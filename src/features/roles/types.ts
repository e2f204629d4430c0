/** `built-in`: Administrator/Publisher/User; `default`: Viewer/Data Editor (fixed); `custom`: the org's own. */
export type RoleKind = 'built-in' | 'default' | 'custom';

export type Role = {
  /** `org_admin|org_publisher|org_user` or a role id: what members' role filters and `updateUserRole` take. */
  key: string;
  name: string;
  description: string;
  kind: RoleKind;
  privileges: string[];
};

export type RoleMember = { username: string; fullName: string; lastLogin: number | null };
export type RoleMembersPage = { members: RoleMember[]; total: number };

/** `compatibleRoles` is `null` where the portal does not report it. */
export type RoleDraft = { name: string; description: string; privileges: string[] };

/** What a save did, step by step (the portal creates a role and sets its privileges in two calls). */
/** `incomplete`: what was saved and what was not, when the portal refused a step and it could not be undone. */
export type RoleSaveResult = { roleId: string; incomplete?: string };
