import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';

import { visibleGroup } from './groups';
import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { restRoute } from '../plugins/rest-route';
import {
  deleteGroupRow,
  findGroup,
  GROUP_ACCESS,
  insertGroup,
  ownerHasGroupTitled,
  reassignGroupRow,
  updateGroupRow,
  type GroupAccess,
  type GroupChanges,
} from '../store/groups-repo';
import { orgInfo } from '../store/portal-repo';
import { privilegesForRoleKey } from '../store/roles-repo';
import { findUser, roleKeyOf } from '../store/users-repo';
import { groupJson } from '../views/group-json';

/** Portal limits on group text fields (the group settings page enforces the same). */
export const GROUP_TEXT_LIMITS = { title: 250, snippet: 250, description: 64_000, tags: 128 } as const;

const bad = (message: string) => arcgisErrors.badRequest(message);

function groupId(): string {
  return randomBytes(16).toString('hex');
}

function readTags(params: Params): string[] | undefined {
  const raw = params.get('tags');
  if (raw === undefined) return undefined;
  const tags = raw
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags.some((tag) => tag.length > GROUP_TEXT_LIMITS.tags)) throw bad(`Each tag can be at most ${String(GROUP_TEXT_LIMITS.tags)} characters.`);
  return [...new Set(tags)];
}

function readBool(params: Params, name: string): boolean | undefined {
  const raw = params.get(name)?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  return raw === 'true';
}

function readText(params: Params, name: 'snippet' | 'description', limit: number): string | null | undefined {
  const raw = params.get(name);
  if (raw === undefined) return undefined;
  if (raw.length > limit) throw bad(`The ${name} can be at most ${limit.toLocaleString('en-US')} characters.`);
  return raw === '' ? null : raw;
}

function readAccess(params: Params, caller: Caller): GroupAccess | undefined {
  const raw = params.get('access')?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (!GROUP_ACCESS.includes(raw as GroupAccess)) throw bad(`Invalid access '${raw}'. Use private, org or public.`);
  const access = raw as GroupAccess;
  // Sharing a group beyond its members needs the matching general privilege.
  if (access === 'org') requireAllowed(caller.privileges.has('portal:user:shareGroupToOrg') || can.updateGroups(caller));
  if (access === 'public') requireAllowed(caller.privileges.has('portal:user:shareGroupToPublic') || can.updateGroups(caller));
  return access;
}

function readTitle(params: Params, required: boolean): string | undefined {
  const raw = params.get('title');
  if (raw === undefined && !required) return undefined;
  const title = (raw ?? '').trim();
  if (!title) throw bad("Unable to create group. The 'title' parameter is required.");
  if (title.length > GROUP_TEXT_LIMITS.title) throw bad(`The title can be at most ${String(GROUP_TEXT_LIMITS.title)} characters.`);
  return title;
}

const duplicateTitle = (title: string) =>
  new ArcgisError({ code: 400, message: `You already have a group named '${title}'. Try a different name.`, details: [] });

/** Owners and managers edit their group; org administrators need `portal:admin:updateGroups`. */
function requireGroupEditor(caller: Caller, memberType: string | undefined): void {
  requireAllowed(memberType === 'owner' || memberType === 'admin' || can.updateGroups(caller));
}

export function registerGroupAdminRoutes(app: FastifyInstance, context: EmulatorContext): void {
  const { store } = context;

  restRoute(app, context, 'community/createGroup', ({ caller, params }) => {
    requireAllowed(can.createGroup(caller));
    const title = readTitle(params, true) as string;
    const access = readAccess(params, caller) ?? 'private';
    return store.transaction(() => {
      if (ownerHasGroupTitled(store, caller.user.username, title)) throw duplicateTitle(title);
      const sortOrder = params.get('sortOrder')?.toLowerCase() === 'desc' ? 'desc' : 'asc';
      const group = insertGroup(
        store,
        groupId(),
        {
          title,
          owner: caller.user.username,
          description: readText(params, 'description', GROUP_TEXT_LIMITS.description) ?? null,
          snippet: readText(params, 'snippet', GROUP_TEXT_LIMITS.snippet) ?? null,
          tags: readTags(params) ?? [],
          phone: params.text('phone') ?? null,
          access,
          isInvitationOnly: readBool(params, 'isInvitationOnly') ?? false,
          isViewOnly: readBool(params, 'isViewOnly') ?? false,
          autoJoin: readBool(params, 'autoJoin') ?? false,
          sortField: params.text('sortField') ?? 'title',
          sortOrder,
          capabilities: (params.get('capabilities') ?? '')
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        },
        Date.now(),
      );
      return { success: true, group: groupJson(group, orgInfo(store).id) };
    });
  });

  restRoute(app, context, 'community/groups/:groupId/update', ({ caller, params, path }) => {
    const { group, memberType } = visibleGroup(context, caller, path.groupId ?? '');
    requireGroupEditor(caller, memberType);
    const title = readTitle(params, false);
    const changes: GroupChanges = {
      title,
      description: readText(params, 'description', GROUP_TEXT_LIMITS.description),
      snippet: readText(params, 'snippet', GROUP_TEXT_LIMITS.snippet),
      tags: readTags(params),
      phone: params.get('phone') === undefined ? undefined : (params.text('phone') ?? null),
      access: readAccess(params, caller),
      is_invitation_only: readBool(params, 'isInvitationOnly'),
      is_view_only: readBool(params, 'isViewOnly'),
      auto_join: readBool(params, 'autoJoin'),
      sort_field: params.text('sortField'),
      sort_order: params.text('sortOrder')?.toLowerCase() === 'desc' ? 'desc' : params.text('sortOrder') ? 'asc' : undefined,
    };
    return store.transaction(() => {
      if (title && ownerHasGroupTitled(store, group.owner, title, group.id)) throw duplicateTitle(title);
      updateGroupRow(store, group.id, changes, Date.now());
      return { success: true, groupId: group.id };
    });
  });

  restRoute(app, context, 'community/groups/:groupId/delete', ({ caller, path }) => {
    const { group, memberType } = visibleGroup(context, caller, path.groupId ?? '');
    requireAllowed(memberType === 'owner' || can.deleteGroups(caller));
    if (group.protected === 1) {
      throw bad('Unable to delete group. This group is delete protected. Disable delete protection and try again.');
    }
    store.transaction(() => {
      deleteGroupRow(store, group.id);
    });
    return { success: true, groupId: group.id };
  });

  restRoute(app, context, 'community/groups/:groupId/reassign', ({ caller, params, path }) => {
    requireAllowed(can.reassignGroups(caller));
    const group = findGroup(store, path.groupId ?? '');
    if (!group) throw arcgisErrors.groupNotFound();
    const targetName = params.text('targetUsername');
    if (!targetName) throw bad("Unable to reassign group. The 'targetUsername' parameter is required.");
    const target = findUser(store, targetName);
    if (!target) throw arcgisErrors.userNotFound();
    if (target.disabled) throw bad(`Unable to reassign group. User '${target.username}' is disabled.`);
    if (!privilegesForRoleKey(store, roleKeyOf(target)).includes('portal:user:createGroup')) {
      throw bad(`Unable to reassign group. User '${target.username}' does not have privileges to own groups.`);
    }
    if (target.username.toLowerCase() !== group.owner.toLowerCase() && ownerHasGroupTitled(store, target.username, group.title)) {
      throw bad(`Unable to reassign group. User '${target.username}' already owns a group named '${group.title}'.`);
    }
    store.transaction(() => {
      reassignGroupRow(store, group, target.username, Date.now());
    });
    return { success: true, groupId: group.id };
  });
}
