import type { FastifyInstance } from 'fastify';

import type { EmulatorContext } from '../plugins/context';
import { REST_PREFIXES, restRoute } from '../plugins/rest-route';

/** The REST root and `info` (token service discovery), both public. */
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
      const root = `${request.protocol}://${request.headers.host ?? 'localhost'}${request.url.toLowerCase().startsWith('/portal/') ? '/portal' : ''}`;
      return {
        owningSystemUrl: root,
        authInfo: { tokenServicesUrl: `${root}/sharing/rest/generateToken`, isTokenBasedSecurity: true },
      };
    },
    'none',
  );
}
