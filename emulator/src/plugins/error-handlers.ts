import type { FastifyError, FastifyInstance } from 'fastify';

import { ArcgisError, arcgisErrors } from './arcgis-error';
import { Params } from './params';
import { isRestUrl, sendArcgisError } from './rest-route';

/**
 * Unknown Sharing API paths answer like the portal: HTTP 200 with an "Invalid URL" error body.
 * Other failures on REST paths (unparsable bodies, unexpected errors) also become ArcGIS error bodies.
 */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    if (isRestUrl(request.url)) return sendArcgisError(reply, new Params(request.query), arcgisErrors.invalidUrl().body);
    return reply.code(404).send({ error: { code: 404, message: 'Not found', details: [] } });
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const params = new Params(request.query);
    if (error instanceof ArcgisError) return sendArcgisError(reply, params, error.body);
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    if (!isRestUrl(request.url)) return reply.code(status).send({ error: { code: status, message: error.message, details: [] } });
    return sendArcgisError(reply, params, {
      code: status >= 500 ? 500 : 400,
      message: status >= 500 ? 'Unable to complete the operation.' : 'Unable to process the request.',
      details: status >= 500 ? [] : [error.message],
    });
  });
}
