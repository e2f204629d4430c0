import type { FastifyInstance } from 'fastify';

import { assertPortalId } from './common';
import { subscriptionInfo } from './license-info';
import { portalCreditsJson, userCreditsJson } from './user-credits';
import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { groupsOfUser } from '../store/groups-repo';
import { PASSWORD_POLICY } from '../store/password-policy';
import { orgInfo, userDefaults } from '../store/portal-repo';
import { privilegesForRoleKey } from '../store/roles-repo';
import { roleKeyOf } from '../store/users-repo';
import { fullUserJson } from '../views/user-json';

export function selfUserJson(context: EmulatorContext, caller: Caller): Record<string, unknown> {
  const user = caller.user;
  return fullUserJson(user, orgInfo(context.store).id, {
    privileges: privilegesForRoleKey(context.store, roleKeyOf(user)),
    groups: groupsOfUser(context.store, user.username),
    credits: userCreditsJson(context, user.username),
  });
}

function portalJson(context: EmulatorContext, caller: Caller | null, host: string): Record<string, unknown> {
  const org = orgInfo(context.store);
  const seedNow = Number(context.store.meta('seedNow') ?? Date.now());
  const defaults = userDefaults(context.store);
  const enterprise = context.store.flavor === 'enterprise';
  const json: Record<string, unknown> = {
    id: org.id,
    name: org.name,
    urlKey: org.urlKey,
    description: `<p>${org.name} is the geographic information hub of the City of Harbor City.</p>`,
    // Enterprise: a single-tenant portal (DOC portal-self; RJS getPortalUrl reads `isPortal`).
    isPortal: enterprise,
    portalMode: enterprise ? 'singletenant' : 'multitenant',
    portalName: enterprise ? 'ArcGIS Enterprise' : 'ArcGIS Online',
    portalHostname: host,
    customBaseUrl: host,
    allSSL: context.config.https,
    httpPort: 80,
    httpsPort: 443,
    supportsOAuth: true,
    currentVersion: enterprise ? '11.3' : '2025.1',
    culture: 'en',
    region: 'US',
    units: 'english',
    access: 'private',
    created: org.created,
    modified: seedNow - 30 * 86_400_000,
    thumbnail: null,
    portalThumbnail: null,
    maxTokenExpirationMinutes: -1,
    authorizedCrossOriginDomains: [],
    allowedRedirectUris: [],
    helpBase: enterprise ? 'https://enterprise.arcgis.com/en/portal/11.3/use/' : 'https://doc.arcgis.com/en/arcgis-online/',
    mfaEnabled: false,
    hasCategorySchema: false,
    canSearchPublic: true,
    canSharePublic: true,
    defaultUserLicenseTypeId: defaults.userLicenseType,
    // No allocated credit limit for new members: PY `UserManager.create` treats -1 as "no default assignment";
    // the Django invite app (3P-DJ) falls back to -1 too. The password policy is at `securityPolicy` only.
    defaultUserCreditAssignment: -1,
    ...portalCreditsJson(context),
  };
  if (caller) {
    json.user = selfUserJson(context, caller);
    // Enterprise has no subscription: its seats are in the licence (`portaladmin/license`).
    if (can.viewAllMembers(caller) && !enterprise) json.subscriptionInfo = subscriptionInfo(context, org.id, seedNow);
  }
  return json;
}

export function registerSelfRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'community/self', ({ caller }) => selfUserJson(context, caller));

  restRoute(
    app,
    context,
    'portals/:portalId',
    ({ caller, path, request }) => {
      assertPortalId(context, path.portalId);
      return portalJson(context, caller, request.headers.host ?? 'localhost');
    },
    'optional',
  );

  // DOC security-policy (PY `agoladmin.password_policy`). Anyone may read it here (our choice).
  restRoute(
    app,
    context,
    'portals/:portalId/securityPolicy',
    ({ path }) => {
      assertPortalId(context, path.portalId);
      return { passwordPolicy: { ...PASSWORD_POLICY } };
    },
    'optional',
  );

  restRoute(app, context, 'portals/:portalId/subscriptionInfo', ({ caller, path }) => {
    assertPortalId(context, path.portalId);
    if (context.store.flavor === 'enterprise') throw arcgisErrors.invalidUrl();
    requireAllowed(can.viewAllMembers(caller));
    return subscriptionInfo(context, orgInfo(context.store).id, Number(context.store.meta('seedNow') ?? Date.now()));
  });

  restRoute(app, context, 'portals/:portalId/userDefaultSettings', ({ caller, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.viewAllMembers(caller));
    return userDefaults(context.store);
  });
}
