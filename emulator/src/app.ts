import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';

import { DEFAULT_REDIRECT_URIS, type EmulatorContext } from './plugins/context';
import { registerCors } from './plugins/cors';
import { registerErrorHandlers } from './plugins/error-handlers';
import { FaultInjector, registerFaults } from './plugins/faults';
import { registerLatency } from './plugins/latency';
import { registerNoFraming } from './plugins/no-framing';
import { registerAddonLicenseRoutes } from './routes/addon-licenses';
import { registerContentRoutes } from './routes/content';
import { registerContentGroupRoutes } from './routes/content-groups';
import { registerEmulatorControlRoutes } from './routes/emulator-control';
import { registerGenerateTokenRoutes } from './routes/generate-token';
import { registerGroupAdminRoutes } from './routes/group-admin';
import { registerGroupMemberAdminRoutes } from './routes/group-member-admin';
import { registerGroupRoutes } from './routes/groups';
import { registerInfoRoutes } from './routes/info';
import { registerInviteRoutes } from './routes/invite';
import { registerItemRoutes } from './routes/items';
import { registerItemReassignRoutes } from './routes/items-reassign';
import { registerItemWriteRoutes } from './routes/items-write';
import { registerMemberCategoryRoutes } from './routes/member-categories';
import { registerOAuthRoutes } from './routes/oauth';
import { registerOrgHistoryRoutes } from './routes/org-history';
import { registerOrgUserRoutes } from './routes/org-users';
import { registerPortalAdminRoutes } from './routes/portal-admin';
import { registerPortalExtrasRoutes } from './routes/portal-extras';
import { registerRoleRoutes } from './routes/roles';
import { registerRoleWriteRoutes } from './routes/roles-write';
import { registerSearchRoutes } from './routes/search';
import { registerSelfRoutes } from './routes/self';
import { registerUserAdminRoutes } from './routes/user-admin';
import { registerUserAppBundleRoutes } from './routes/user-app-bundles';
import { registerUserBulkAdminRoutes } from './routes/user-bulk-admin';
import { registerUserCreditRoutes } from './routes/user-credits';
import { registerUserInvitationRoutes } from './routes/user-invitations';
import { registerUserLicensingRoutes } from './routes/user-licensing';
import { registerUserPasswordRoutes } from './routes/user-password';
import { registerUserReassignRoutes } from './routes/user-reassign';
import { registerUserTypeRoutes } from './routes/user-types';
import { registerUserRoutes } from './routes/users';
import { Store, type Flavor } from './store/store';
import { createLocalhostCertificate } from './tls';

export type EmulatorOptions = {
  /** SQLite file, or `:memory:` (default). */
  dbPath?: string;
  /** Seed number for the generated organization (default 1). */
  seed?: number;
  /** ArcGIS Online (default) or ArcGIS Enterprise: `portals/self`, the Portal Administrator API, seats, system accounts. */
  flavor?: Flavor;
  /** Organization size including the demo and fixed test members (default 2000). */
  members?: number;
  /** Reseed even if the database file exists. */
  reset?: boolean;
  /** Answers no real portal is known to give (see README "Extensions"); off by default. */
  extensions?: boolean;
  /** Enables `POST /__emulator/reset`, `POST /__emulator/expire-tokens` and `/__emulator/faults`. */
  testMode?: boolean;
  /** Added to every Sharing API response, for benchmarks. */
  latencyMs?: number;
  /** Extra registered redirect URIs for client `roster`. */
  redirectUris?: string[];
  /** Serve over TLS with a self-signed certificate for localhost, 127.0.0.1 and ::1, made now (`--https`). */
  https?: boolean;
  logger?: boolean;
  /** Reference "now" for seeded dates (epoch ms); default: start of today, UTC. */
  seedNow?: number;
};

/** Never log credentials: passwords (also inside `invitationList`), tokens, codes and secrets in a query string are masked. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:password|token|auth_token|refresh_token|code|code_verifier|client_secret|invitationList)=)[^&#]*/gi, '$1***');
}

declare module 'fastify' {
  interface FastifyInstance {
    emulator: EmulatorContext;
  }
}

/** Builds the portal emulator (plugins and routes registered explicitly). Only `server.ts` listens. */
export async function buildEmulator(options: EmulatorOptions = {}): Promise<FastifyInstance> {
  const store = new Store({
    dbPath: options.dbPath ?? ':memory:',
    seed: options.seed ?? 1,
    members: options.members ?? 2000,
    reset: options.reset ?? false,
    seedNow: options.seedNow,
    flavor: options.flavor,
  });
  const context: EmulatorContext = {
    store,
    config: {
      testMode: options.testMode ?? false,
      extensions: options.extensions ?? false,
      hideSeats: false,
      requireReceiveItems: false,
      creditAllocationOff: false,
      latencyMs: options.latencyMs ?? 0,
      https: options.https ?? false,
      redirectUris: [...DEFAULT_REDIRECT_URIS, ...(options.redirectUris ?? [])],
    },
    faults: new FaultInjector(),
  };

  const fastifyOptions = {
    logger: options.logger
      ? { serializers: { req: (request: { method: string; url: string }) => ({ method: request.method, url: redactUrl(request.url) }) } }
      : false,
    bodyLimit: 10 * 1024 * 1024,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
  };
  let app: FastifyInstance;
  if (options.https) {
    const tls = await createLocalhostCertificate();
    context.certificate = tls.cert;
    app = Fastify({ ...fastifyOptions, https: tls });
  } else {
    app = Fastify(fastifyOptions);
  }
  app.decorate('emulator', context);
  app.addHook('onClose', () => store.close());

  await app.register(formbody);
  await registerCors(app, context.config);
  registerLatency(app, context.config.latencyMs);
  registerFaults(app, context);
  registerErrorHandlers(app);
  registerNoFraming(app);

  registerInfoRoutes(app, context);
  registerOAuthRoutes(app, context);
  registerGenerateTokenRoutes(app, context);
  registerSelfRoutes(app, context);
  registerUserRoutes(app, context);
  registerOrgUserRoutes(app, context);
  registerMemberCategoryRoutes(app, context);
  registerUserAdminRoutes(app, context);
  registerUserBulkAdminRoutes(app, context);
  registerUserReassignRoutes(app, context);
  registerUserPasswordRoutes(app, context);
  registerPortalExtrasRoutes(app, context);
  registerAddonLicenseRoutes(app, context);
  registerUserAppBundleRoutes(app, context);
  registerUserInvitationRoutes(app, context);
  registerUserLicensingRoutes(app, context);
  registerUserCreditRoutes(app, context);
  registerRoleRoutes(app, context);
  registerRoleWriteRoutes(app, context);
  registerUserTypeRoutes(app, context);
  registerGroupRoutes(app, context);
  registerGroupAdminRoutes(app, context);
  registerGroupMemberAdminRoutes(app, context);
  registerInviteRoutes(app, context);
  registerContentRoutes(app, context);
  registerContentGroupRoutes(app, context);
  registerItemRoutes(app, context);
  registerItemWriteRoutes(app, context);
  registerItemReassignRoutes(app, context);
  registerSearchRoutes(app, context);
  registerPortalAdminRoutes(app, context);
  registerOrgHistoryRoutes(app, context);
  registerEmulatorControlRoutes(app, context);

  await app.ready();
  return app;
}
