import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';

import { isValidEmail } from './invite';
import { userTypeSeats } from './license-info';
import { ArcgisError } from '../plugins/arcgis-error';
import { authenticate, can, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { readParams, tokenOf, type Params } from '../plugins/params';
import { ADMIN_PREFIX } from '../plugins/rest-route';
import { ADDON_LISTINGS, holdersOf } from '../store/addon-licenses';
import { bundleHolders, orgAppBundles } from '../store/app-bundles';
import { identityGroupExists, searchIdentityGroups, searchIdentityUsers, usersInIdentityGroup } from '../store/identity-store-repo';
import { isUsernameTaken } from '../store/invitations-repo';
import { passwordProblems } from '../store/password-policy';
import { hashNewPassword } from '../store/passwords';
import { roleRank } from '../store/privileges';
import { resolveRoleKey } from '../store/role-keys';
import { DEFAULT_SECURITY_CONFIG, type SecurityConfig } from '../store/seed-enterprise';
import { findUserType } from '../store/user-types';
import { insertUser } from '../store/users-repo';

/** DOC create-user: "6–24 characters … only alphanumeric ASCII characters or underscores" for built-in accounts. */
const BUILT_IN_ENTERPRISE_USERNAME = /^[A-Za-z0-9_]{6,24}$/;
/** Enterprise logins keep their directory form (`DOMAIN\user`, `user@DOMAIN`, a SAML NameID). */
const ENTERPRISE_LOGIN = /^[^\s/]{1,128}$/u;
const DEFAULT_MAX_COUNT = 1_000;

/** The Portal Administrator API's error body (DOC "error responses": `status`, `messages`, `code`), sent with HTTP 200. */
class AdminError extends Error {
  constructor(
    readonly messages: string[],
    readonly code: number,
  ) {
    super(messages.join(' '));
  }
}

type AdminRequest = { params: Params; caller: Caller; request: FastifyRequest };

function callerOf(context: EmulatorContext, request: FastifyRequest, params: Params): Caller {
  const token = tokenOf(request, params);
  if (!token) throw new AdminError(["Unauthorized access. Token not found. You can generate a token using the 'generateToken' operation."], 499);
  try {
    return authenticate(context.store, token);
  } catch (error) {
    if (error instanceof ArcgisError) throw new AdminError(['Invalid token.'], 498);
    throw error;
  }
}

function requireAdmin(allowed: boolean): void {
  if (!allowed) throw new AdminError(['You do not have permissions to access this resource or perform this operation.'], 403);
}

const isDefaultAdministrator = (caller: Caller) => caller.user.role === 'org_admin' && caller.user.roleid === null;
/** "Add" privilege (DOC: create user, search enterprise users, license) or the default administrator role. */
const mayAddMembers = (caller: Caller) => isDefaultAdministrator(caller) || can.inviteUsers(caller);

function maxCountOf(params: Params): number {
  const value = Number(params.text('maxCount') ?? DEFAULT_MAX_COUNT);
  return Number.isInteger(value) && value > 0 ? Math.min(value, 10_000) : DEFAULT_MAX_COUNT;
}

export function securityConfigOf(context: EmulatorContext): SecurityConfig {
  const stored = context.store.meta('securityConfig');
  return stored ? (JSON.parse(stored) as SecurityConfig) : DEFAULT_SECURITY_CONFIG;
}

function adminRoute(app: FastifyInstance, context: EmulatorContext, path: string, handler: (request: AdminRequest) => unknown): void {
  app.route({
    method: ['GET', 'POST'],
    url: `${ADMIN_PREFIX}/${path}`,
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const params = readParams(request);
      const send = (body: unknown) =>
        reply
          .code(200)
          .type('application/json; charset=utf-8')
          .send(params.pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body));
      // ArcGIS Online has no Portal Administrator API.
      if (context.store.flavor !== 'enterprise') return reply.code(404).type('text/plain').send('Not Found');
      let body: unknown;
      try {
        body = await handler({ params, caller: callerOf(context, request, params), request });
      } catch (error) {
        if (!(error instanceof AdminError)) throw error;
        body = { status: 'error', messages: error.messages, code: error.code };
      }
      return send(body);
    },
  });
}

async function createUser(context: EmulatorContext, caller: Caller, params: Params): Promise<{ status: 'success' }> {
  requireAdmin(mayAddMembers(caller));
  const refuse = (message: string): never => {
    throw new AdminError([message], 400);
  };
  const provider = (params.text('provider') ?? 'arcgis').toLowerCase();
  if (provider !== 'arcgis' && provider !== 'enterprise') refuse(`Invalid provider '${provider}'. Expected 'arcgis' or 'enterprise'.`);
  const username = params.text('username') ?? refuse("Required parameter 'username' is missing.");
  if (provider === 'arcgis' && !BUILT_IN_ENTERPRISE_USERNAME.test(username)) {
    refuse(`Username '${username}' is invalid. Usernames must be 6 to 24 characters long and contain only letters, numbers and underscores.`);
  }
  if (provider === 'enterprise' && !ENTERPRISE_LOGIN.test(username)) refuse(`Username '${username}' is invalid.`);
  const firstname = params.text('firstname') ?? refuse("Required parameter 'firstname' is missing.");
  const lastname = params.text('lastname') ?? refuse("Required parameter 'lastname' is missing.");
  const email = params.text('email') ?? refuse("Required parameter 'email' is missing.");
  if (!isValidEmail(email)) refuse(`Email '${email}' is invalid.`);
  const role = resolveRoleKey(context.store, params.text('role') ?? 'org_user') ?? refuse(`Role '${params.text('role') ?? ''}' does not exist.`);
  const typeId = params.text('userLicenseTypeId') ?? refuse("Required parameter 'userLicenseTypeId' is missing.");
  const type = findUserType(typeId) ?? refuse(`User type '${typeId}' does not exist.`);
  if (roleRank(role.privileges) > type.maxRoleRank) refuse(`Role '${role.role}' is not compatible with user type '${type.id}'.`);
  const password = provider === 'arcgis' ? (params.get('password') ?? refuse("Required parameter 'password' is missing.")) : undefined;
  if (password !== undefined) {
    const problems = passwordProblems(password);
    if (problems.length > 0) refuse(`Password does not meet the password policy: ${problems.join(' ')}`);
  }
  const idpUsername = provider === 'enterprise' ? (params.text('idpUsername') ?? username) : null;
  const hash = password === undefined ? null : await hashNewPassword(password);

  const store = context.store;
  store.transaction(() => {
    if (isUsernameTaken(store, username)) refuse(`User '${username}' already exists.`);
    const seat = userTypeSeats(context).find((s) => s.id === type.id);
    if (!seat || seat.assignedUsers >= seat.maxUsers) refuse(`No licenses left for user type '${type.id}'.`);
    insertUser(store, {
      id: randomBytes(16).toString('hex'),
      username,
      fullname: params.text('fullname') ?? `${firstname} ${lastname}`,
      firstname,
      lastname,
      email,
      description: params.text('description') ?? '',
      created: Date.now(),
      role: role.role,
      roleid: role.roleid,
      level: String(type.level),
      usertype: type.id,
      provider,
      idpusername: idpUsername,
      password_hash: hash,
    });
  });
  return { status: 'success' };
}

/**
 * The Portal Administrator API of an ArcGIS Enterprise portal (`--flavor enterprise`), the resources Esri's own
 * clients use to add members on Enterprise (PY `UserManager.create` → `security/users/createUser`). Evidence per
 * resource in emulator/README.md, "ArcGIS Enterprise".
 */
export function registerPortalAdminRoutes(app: FastifyInstance, context: EmulatorContext): void {
  adminRoute(app, context, 'security/users/createUser', ({ caller, params }) => createUser(context, caller, params));

  adminRoute(app, context, 'security/users/searchEnterpriseUsers', ({ caller, params }) => {
    requireAdmin(mayAddMembers(caller));
    return searchIdentityUsers(context.store, params.text('filter') ?? '', maxCountOf(params));
  });

  adminRoute(app, context, 'security/groups/searchEnterpriseGroups', ({ caller, params }) => {
    requireAdmin(mayAddMembers(caller));
    const { names, hasMore } = searchIdentityGroups(context.store, params.text('filter') ?? '', maxCountOf(params));
    return { groups: names.map((rolename) => ({ rolename })), hasMore };
  });

  adminRoute(app, context, 'security/groups/getUsersWithinEnterpriseGroup', ({ caller, params }) => {
    requireAdmin(mayAddMembers(caller));
    const groupName = params.text('groupName');
    if (!groupName) throw new AdminError(["Required parameter 'groupName' is missing."], 400);
    if (!identityGroupExists(context.store, groupName)) throw new AdminError([`Group '${groupName}' does not exist in the identity store.`], 400);
    return usersInIdentityGroup(context.store, groupName, params.text('filter') ?? '', maxCountOf(params));
  });

  adminRoute(app, context, 'security/config', ({ caller }) => {
    requireAdmin(mayAddMembers(caller));
    return securityConfigOf(context);
  });

  adminRoute(app, context, 'security/config/update', ({ caller, params }) => {
    requireAdmin(isDefaultAdministrator(caller));
    let update: Partial<SecurityConfig>;
    try {
      update = JSON.parse(params.get('securityConfig') ?? '') as Partial<SecurityConfig>;
    } catch {
      throw new AdminError(["Parameter 'securityConfig' is not valid JSON."], 400);
    }
    const current = securityConfigOf(context);
    const next: SecurityConfig = {
      ...current,
      ...(typeof update.enableAutomaticAccountCreation === 'boolean' ? { enableAutomaticAccountCreation: update.enableAutomaticAccountCreation } : {}),
      ...(typeof update.disableServicesDirectory === 'boolean' ? { disableServicesDirectory: update.disableServicesDirectory } : {}),
    };
    context.store.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('securityConfig', JSON.stringify(next));
    return next;
  });

  // DOC license: seats per user type and add-on licences come from the licence on Enterprise (no subscriptionInfo).
  adminRoute(app, context, 'license', ({ caller }) => {
    requireAdmin(mayAddMembers(caller) || can.manageLicenses(caller));
    const seats = userTypeSeats(context);
    const expiration = Number(context.store.meta('seedNow') ?? Date.now()) + 365 * 86_400_000;
    return {
      currentRegisteredMembers: seats.reduce((sum, s) => sum + s.assignedUsers, 0),
      maximumRegisteredMembers: seats.reduce((sum, s) => sum + s.maxUsers, 0),
      version: '11.3',
      userTypes: seats.map((s) => ({
        id: s.id,
        maximumRegisteredMembers: s.maxUsers,
        currentRegisteredMembers: s.assignedUsers,
        expiration,
      })),
      // The add-on licences in the licence, with the same four fields (DOC; 3P reads them so): our ids are the
      // listings' and bundles' item ids (the id format is not documented).
      appBundles: orgAppBundles(context).map((bundle) => ({
        id: bundle.itemId,
        maximumRegisteredMembers: bundle.maxUsers,
        currentRegisteredMembers: bundleHolders(context, bundle).length,
        expiration,
      })),
      apps: ADDON_LISTINGS.map((listing) => ({
        id: listing.itemId,
        maximumRegisteredMembers: listing.maxUsers,
        currentRegisteredMembers: holdersOf(context.store, listing.itemId).length,
        expiration,
      })),
    };
  });
}
