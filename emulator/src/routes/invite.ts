import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';

import { assertPortalId } from './common';
import { userTypeSeats } from './license-info';
import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { addMembership, findGroup, groupCountOfUser, MAX_GROUPS_PER_USER } from '../store/groups-repo';
import {
  deleteInvitation,
  findInvitation,
  insertInvitation,
  INVITATION_LIFETIME_MS,
  isUsernameTaken,
  listInvitations,
  suggestUsername,
  type InvitationRow,
} from '../store/invitations-repo';
import { readPaging } from '../store/paging';
import { passwordProblems } from '../store/password-policy';
import { hashNewPassword } from '../store/passwords';
import { userDefaults } from '../store/portal-repo';
import { roleRank } from '../store/privileges';
import { resolveRoleKey } from '../store/role-keys';
import { findUserType, type UserTypeDefinition } from '../store/user-types';
import { insertUser } from '../store/users-repo';

/** Invitations per `portals/self/invite` request: an invented limit, enforced only with `--extensions` (none is documented). */
export const MAX_INVITATIONS_PER_REQUEST = 100;
/** Names per `community/checkUsernames` request ("Maximum number of usernames allowed … 200"). */
export const MAX_CHECK_USERNAMES = 200;
export const MAX_DESCRIPTION_LENGTH = 250;
export const MAX_USERNAME_LENGTH = 128;
export const MIN_BUILT_IN_USERNAME_LENGTH = 6;

type Provider = 'arcgis' | 'enterprise';

const BUILT_IN_USERNAME = /^[A-Za-z0-9@._-]+$/;
const ENTERPRISE_USERNAME = /^[\p{L}\p{N}@._-]+(?:\\[\p{L}\p{N}@._-]+)?$/u;
const EMAIL = /^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\.]+(?:\.[^\s@,;<>"()[\]\\.]+)+$/u;

/**
 * Built-in: 6–128 ASCII letters, digits and `@ . - _`. Enterprise: 1–128, any letter, and one `\` between domain
 * and name. Lengths are in UTF-16 code units (JavaScript `length`), as Roster's validator counts them.
 */
export function isValidUsername(username: string, provider: Provider): boolean {
  const { length } = username;
  if (provider === 'arcgis') return length >= MIN_BUILT_IN_USERNAME_LENGTH && length <= MAX_USERNAME_LENGTH && BUILT_IN_USERNAME.test(username);
  return length >= 1 && length <= MAX_USERNAME_LENGTH && ENTERPRISE_USERNAME.test(username);
}

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** Reads a field case-insensitively (`userLicenseType`, `userlicensetype`…). */
function field(entry: Record<string, unknown>, name: string): unknown {
  if (name in entry) return entry[name];
  const lower = name.toLowerCase();
  const key = Object.keys(entry).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : entry[key];
}

const inviteError = (reason: string, details: unknown[] = []) => arcgisErrors.badRequest(`Unable to invite users: ${reason}`, details);

/**
 * `invitationList` = `{"invitations":[…]}` (a bare array is accepted too). Never echoes the input: it holds passwords.
 * `limited`: refuse more than `MAX_INVITATIONS_PER_REQUEST` (extensions only).
 */
export function parseInvitationList(value: string | undefined, limited = false): unknown[] {
  if (value === undefined || value.trim() === '') throw inviteError('invitationList is required.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw inviteError('invitationList is not valid JSON.');
  }
  const list: unknown = Array.isArray(parsed) ? parsed : isRecord(parsed) ? parsed.invitations : undefined;
  if (!Array.isArray(list)) throw inviteError('invitationList must be {"invitations":[…]}.');
  if (list.length === 0) throw inviteError('the invitation list is empty.');
  if (limited && list.length > MAX_INVITATIONS_PER_REQUEST) {
    throw new ArcgisError({
      code: 400,
      messageCode: 'ORG_3100',
      message: 'Exceeded maximum number of users allowed per call.',
      details: [`At most ${String(MAX_INVITATIONS_PER_REQUEST)} invitations per request; this one has ${String(list.length)}.`],
    });
  }
  return list as unknown[];
}

function groupIdsOf(value: unknown): string[] {
  const raw = Array.isArray(value) ? value.map(text) : text(value).split(',');
  return [...new Set(raw.map((id) => id.trim()).filter(Boolean))];
}

/** An invitation that passed every check that does not depend on what this request has already added. */
type Candidate = {
  username: string;
  provider: Provider;
  email: string;
  firstname: string;
  lastname: string;
  fullname: string;
  description: string;
  roleKey: string;
  role: string;
  roleid: string | null;
  type: UserTypeDefinition;
  groups: string[];
  password: string | undefined;
  idpUsername: string | null;
};

type Checked = { ok: true; candidate: Candidate } | { ok: false; username: string };

/** The checks that need no knowledge of the rest of the request: format, role, type, compatibility, policy. */
function checkInvitation(context: EmulatorContext, entry: unknown, defaults: { role: string; userLicenseType: string; groups: string[] }): Checked {
  if (!isRecord(entry)) return { ok: false, username: '' };
  const username = text(field(entry, 'username'));
  const email = text(field(entry, 'email'));
  const refuse = (): Checked => ({ ok: false, username: username || email });
  const providerValue = text(field(entry, 'targetUserProvider')).toLowerCase();
  if (providerValue !== '' && providerValue !== 'arcgis' && providerValue !== 'enterprise') return refuse();
  const provider: Provider = providerValue === 'enterprise' ? 'enterprise' : 'arcgis';
  if (!isValidUsername(username, provider)) return refuse();
  if (!isValidEmail(email)) return refuse();

  const firstname = text(field(entry, 'firstname'));
  const lastname = text(field(entry, 'lastname'));
  const fullname = text(field(entry, 'fullname')) || `${firstname} ${lastname}`.trim();
  if (!fullname) return refuse();
  const description = text(field(entry, 'description'));
  if (description.length > MAX_DESCRIPTION_LENGTH) return refuse();

  const role = resolveRoleKey(context.store, text(field(entry, 'role')) || defaults.role);
  if (!role) return refuse();
  const type = findUserType(text(field(entry, 'userLicenseType')) || defaults.userLicenseType);
  if (!type) return refuse();
  if (roleRank(role.privileges) > type.maxRoleRank) return refuse();

  const rawPassword = field(entry, 'password');
  const password = provider === 'arcgis' && typeof rawPassword === 'string' && rawPassword !== '' ? rawPassword : undefined;
  if (password !== undefined && passwordProblems(password).length > 0) return refuse();

  const applyDefaults = text(field(entry, 'applyActUserDefaults')).toLowerCase() === 'true';
  const groups = [...new Set([...groupIdsOf(field(entry, 'groups')), ...(applyDefaults ? defaults.groups : [])])].filter(
    (id) => findGroup(context.store, id) !== undefined,
  );
  return {
    ok: true,
    candidate: {
      username,
      provider,
      email,
      firstname,
      lastname,
      fullname,
      description,
      roleKey: role.key,
      role: role.role,
      roleid: role.roleid,
      type,
      groups,
      password,
      idpUsername: provider === 'enterprise' ? text(field(entry, 'idpUsername')) || username : null,
    },
  };
}

/**
 * `portals/self/invite`. Every accepted invitation creates its account at once, as ArcGIS Online's "add members
 * and notify them through email" does (AGOL-DOC invite-users; PY `_create64plus` reads `notInvited`, then GETs the
 * user); a built-in account without a password has none until the member sets one. Only with `--extensions`,
 * built-in invitations without a password become pending invitations instead (no account). Refusals are listed
 * by username only.
 */
async function invite(context: EmulatorContext, caller: Caller, invitationList: string | undefined): Promise<{ success: true; notInvited: string[] }> {
  const { extensions } = context.config;
  const list = parseInvitationList(invitationList, extensions);
  const defaults = userDefaults(context.store);
  const checked = list.map((entry) => checkInvitation(context, entry, defaults));
  // Hash before the write transaction, off the event loop (scrypt), only for invitations that may be created.
  const hashes = await Promise.all(
    checked.map((c) => (c.ok && c.candidate.password !== undefined ? hashNewPassword(c.candidate.password) : Promise.resolve(null))),
  );

  const store = context.store;
  return store.transaction(() => {
    const now = Date.now();
    const available = new Map(userTypeSeats(context).map((seat) => [seat.id, seat.maxUsers - seat.assignedUsers]));
    const notInvited: string[] = [];
    checked.forEach((result, index) => {
      if (!result.ok) {
        notInvited.push(result.username);
        return;
      }
      const c = result.candidate;
      const seats = available.get(c.type.id) ?? 0;
      if (isUsernameTaken(store, c.username) || seats <= 0) {
        notInvited.push(c.username);
        return;
      }
      const hash = hashes[index] ?? null;
      if (extensions && c.provider === 'arcgis' && hash === null) {
        insertInvitation(store, {
          id: randomBytes(16).toString('hex'),
          username: c.username,
          email: c.email,
          firstname: c.firstname,
          lastname: c.lastname,
          fullname: c.fullname,
          description: c.description,
          role: c.role,
          roleid: c.roleid,
          usertype: c.type.id,
          groups: JSON.stringify(c.groups),
          invited_by: caller.user.username,
          created: now,
          expiration: now + INVITATION_LIFETIME_MS,
        });
        return;
      }
      insertUser(store, {
        id: randomBytes(16).toString('hex'),
        username: c.username,
        fullname: c.fullname,
        firstname: c.firstname,
        lastname: c.lastname,
        email: c.email,
        description: c.description,
        created: now,
        role: c.role,
        roleid: c.roleid,
        level: String(c.type.level),
        usertype: c.type.id,
        provider: c.provider,
        idpusername: c.idpUsername,
        password_hash: hash,
      });
      available.set(c.type.id, seats - 1);
      for (const groupId of c.groups) {
        if (groupCountOfUser(store, c.username) >= MAX_GROUPS_PER_USER) break;
        addMembership(store, groupId, c.username, 'member', now);
      }
    });
    return { success: true as const, notInvited };
  });
}

/**
 * `id`, `email`, `username`, `role`, `created` and `fromUsername` (the inviter's username) are what Esri's own
 * pending-invitations export reads (3P agoTools sample); the other fields are our design.
 */
function invitationJson(row: InvitationRow): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: row.id,
    username: row.username,
    email: row.email,
    role: row.role,
  };
  if (row.roleid) json.roleId = row.roleid;
  Object.assign(json, {
    userLicenseType: row.usertype,
    groups: JSON.parse(row.groups) as string[],
    created: row.created,
    expiration: row.expiration,
    fromUsername: row.invited_by,
  });
  return json;
}

export function registerInviteRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'portals/:portalId/invite', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.inviteUsers(caller));
    return invite(context, caller, params.get('invitationList'));
  });

  restRoute(app, context, 'community/checkUsernames', ({ caller, params }) => {
    requireAllowed(can.inviteUsers(caller) || can.viewAllMembers(caller));
    const usernames = (params.get('usernames') ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    if (usernames.length > MAX_CHECK_USERNAMES) {
      throw arcgisErrors.badRequest('Exceeded maximum number of usernames allowed per call.', [
        `At most ${String(MAX_CHECK_USERNAMES)} usernames per request; this one has ${String(usernames.length)}.`,
      ]);
    }
    return { usernames: usernames.map((requested) => ({ requested, suggested: suggestUsername(context.store, requested) })) };
  });

  restRoute(app, context, 'portals/:portalId/invitations', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.viewAllMembers(caller));
    const paging = readPaging(params.get('start'), params.get('num'));
    const result = listInvitations(context.store, paging, Date.now());
    return {
      total: result.total,
      start: paging.start,
      num: paging.num,
      nextStart: result.nextStart,
      invitations: result.rows.map(invitationJson),
    };
  });

  restRoute(app, context, 'portals/:portalId/invitations/:invitationId/delete', ({ caller, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.inviteUsers(caller));
    const invitation = findInvitation(context.store, path.invitationId ?? '', Date.now());
    if (!invitation || !deleteInvitation(context.store, invitation.id)) {
      throw arcgisErrors.badRequest('Invitation does not exist or is inaccessible.');
    }
    return { success: true, id: invitation.id };
  });

  // Tell an unknown invitation id apart from the list itself (otherwise `invitations/{id}` is an unknown path).
  restRoute(app, context, 'portals/:portalId/invitations/:invitationId', ({ caller, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.viewAllMembers(caller));
    const invitation = findInvitation(context.store, path.invitationId ?? '', Date.now());
    if (!invitation) throw arcgisErrors.badRequest('Invitation does not exist or is inaccessible.');
    return invitationJson(invitation);
  });
}
