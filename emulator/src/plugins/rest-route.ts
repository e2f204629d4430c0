import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { ArcgisError, arcgisErrors, type ArcgisErrorBody } from './arcgis-error';
import { authenticate, type Caller } from './auth';
import type { EmulatorContext } from './context';
import { Params, readParams, tokenOf } from './params';

/** The Sharing API answers under both roots (Enterprise-style `/portal` and bare). */
export const REST_PREFIXES = ['/portal/sharing/rest', '/sharing/rest'] as const;

/** The Portal Administrator API of an Enterprise portal (`https://host/<webadaptor>/portaladmin`). */
export const ADMIN_PREFIX = '/portal/portaladmin';

/** A Sharing API or Portal Administrator API URL: latency, faults and error bodies apply to both. */
export function isRestUrl(url: string): boolean {
  const path = url.toLowerCase();
  return [...REST_PREFIXES, ADMIN_PREFIX].some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`));
}

export type RestRequest<C extends Caller | null> = {
  request: FastifyRequest;
  reply: FastifyReply;
  params: Params;
  caller: C;
  /** Path parameters (`:username`, `:groupId`…), original case. */
  path: Record<string, string>;
};

/** A handler's answer sent as it is, not as JSON (an item's data). */
export class RawText {
  constructor(
    readonly contentType: string,
    readonly text: string,
  ) {}
}

export function sendJson(reply: FastifyReply, params: Params, body: unknown): FastifyReply {
  return reply
    .code(200)
    .type('application/json; charset=utf-8')
    .send(params.pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body));
}

export function sendArcgisError(reply: FastifyReply, params: Params, body: ArcgisErrorBody): FastifyReply {
  return sendJson(reply, params, { error: body });
}

type Auth = 'required' | 'optional' | 'none';
type Handler<C extends Caller | null> = (req: RestRequest<C>) => unknown;

function resolveCaller(context: EmulatorContext, request: FastifyRequest, params: Params, auth: Auth): Caller | null {
  const token = auth === 'none' ? undefined : tokenOf(request, params);
  if (!token) {
    if (auth === 'required') throw arcgisErrors.tokenRequired();
    return null;
  }
  return authenticate(context.store, token);
}

/**
 * Registers a Sharing API resource for GET and POST under every REST root. The handler returns the
 * JSON body; throwing an `ArcgisError` sends its body with HTTP 200.
 */
export function restRoute(app: FastifyInstance, context: EmulatorContext, path: string, handler: Handler<Caller>): void;
export function restRoute(app: FastifyInstance, context: EmulatorContext, path: string, handler: Handler<Caller | null>, auth: 'optional' | 'none'): void;
export function restRoute(
  app: FastifyInstance,
  context: EmulatorContext,
  path: string,
  handler: Handler<Caller> | Handler<Caller | null>,
  auth: Auth = 'required',
): void {
  for (const prefix of REST_PREFIXES) {
    app.route({
      method: ['GET', 'POST'],
      url: `${prefix}/${path}`,
      handler: async (request, reply) => {
        const params = readParams(request);
        let body: unknown;
        try {
          const caller = resolveCaller(context, request, params, auth);
          body = await (handler as Handler<Caller | null>)({
            request,
            reply,
            params,
            caller,
            path: request.params as Record<string, string>,
          });
        } catch (error) {
          if (error instanceof ArcgisError) return sendArcgisError(reply, params, error.body);
          throw error;
        }
        if (body instanceof RawText) return reply.code(200).type(body.contentType).send(body.text);
        return sendJson(reply, params, body);
      },
    });
  }
}
