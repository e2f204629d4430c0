import type { FastifyInstance } from 'fastify';

import type { EmulatorContext } from '../plugins/context';
import { REST_PREFIXES, restRoute } from '../plugins/rest-route';

/**
 * The REST root and `info` (token service discovery), both public. `info` carries no `currentVersion`: the ArcGIS API
 * for Python (`Connection._check_product`) takes an `info` with `currentVersion` and a token URL for ArcGIS Server.
 */
export function registerInfoRoutes(app: FastifyInstance, context: EmulatorContext): void {
  for (const prefix of REST_PREFIXES) {
    app.route({
      method: ['GET', 'POST'],
      url: prefix,
      handler: (_request, reply) => reply.type('application/json; charset=utf-8').send({ currentVersion: '2025.1' }),
    });
  }
  restRoute(
    app,
    context,
    'info',
    ({ request }) => {
      // The ArcGIS API for Python signs in at authInfo.tokenServicesUrl and forces https (`all_ssl`): an --https
      // emulator names https URLs; a plain one names the scheme it was asked on.
      const scheme = context.config.https ? 'https' : request.protocol;
      const root = `${scheme}://${request.headers.host ?? 'localhost'}${request.url.toLowerCase().startsWith('/portal/') ? '/portal' : ''}`;
      return {
        owningSystemUrl: root,
        authInfo: { tokenServicesUrl: `${root}/sharing/rest/generateToken`, isTokenBasedSecurity: true },
      };
    },
    'none',
  );
}
