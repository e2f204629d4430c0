import { defaultPasswordPolicy } from '../src/features/members-import/core/member-field-rules';
import { baseRoles, type OrganizationContext } from '../src/features/members-import/core/organization-context';
import type { BaseRole, ImportRole, ImportUserType } from '../src/features/members-import/core/types';
import { builtInRoleLabels } from '../src/lib/arcgis/role-labels';

const viewerRoleId = 'iAAAAAAAAAAAAAAA';
const dataEditorRoleId = 'iBBBBBBBBBBBBBBB';

function builtInRole(id: string, role: BaseRole): ImportRole {
  return { id, name: builtInRoleLabels[id] ?? id, role };
}

/**
 * The organization assumed when no portal is given: the five built-in roles, the standard user types with unlimited
 * seats (least capable first, as the portal lists them), new member defaults User + Creator, the documented password
 * policy and no groups. Groups, seats, existing members and pending invitations can only be checked against a portal.
 */
export function rulesOnlyContext(): OrganizationContext {
  const roles = [...baseRoles(), builtInRole(viewerRoleId, 'org_user'), builtInRole(dataEditorRoleId, 'org_user')];
  const allRoleIds = roles.map((role) => role.id);
  const userType = (id: string, name: string, compatibleRoleIds: readonly string[]): ImportUserType => ({
    id,
    name,
    seatsLeft: Number.POSITIVE_INFINITY,
    compatibleRoleIds,
  });
  return {
    roles,
    userTypes: [
      userType('viewerUT', 'Viewer', [viewerRoleId]),
      userType('editorUT', 'Contributor', [viewerRoleId, dataEditorRoleId]),
      userType('fieldWorkerUT', 'Mobile Worker', [viewerRoleId, dataEditorRoleId, 'org_user']),
      userType('creatorUT', 'Creator', allRoleIds),
      userType('GISProfessionalBasicUT', 'GIS Professional Basic', allRoleIds),
      userType('GISProfessionalStdUT', 'GIS Professional Standard', allRoleIds),
      userType('GISProfessionalAdvUT', 'GIS Professional Advanced', allRoleIds),
    ],
    groups: [],
    defaults: { roleId: 'org_user', userTypeId: 'creatorUT', groupIds: [] },
    passwordPolicy: defaultPasswordPolicy,
    notices: [],
  };
}
