import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { assertPortalId } from './common';
import { arcgisErrors } from '../plugins/arcgis-error';
import { requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { readParams, tokenOf, type Params } from '../plugins/params';
import { REST_PREFIXES, restRoute } from '../plugins/rest-route';
import { findItem } from '../store/content-repo';
import { appendHistory, parseNextKey, queryHistory, type HistoryEvent } from '../store/history-repo';
import { orgInfo } from '../store/portal-repo';
import { findToken } from '../store/tokens-repo';
import { findUser, findUserForSignIn } from '../store/users-repo';

/** DOC portal-history: "The default is 25, and the maximum allowed is 100." */
const DEFAULT_NUM = 25;
const MAX_NUM = 100;

/**
 * DOC portal-history: "Allows the organization administrator to query…"; no privilege is named, so only the built-in
 * Administrator role (`org_admin` without a custom `roleId`) may read it. Custom administrator roles (Help Desk) get 403.
 */
const isOrganizationAdministrator = (caller: Caller) => caller.user.role === 'org_admin' && !caller.user.roleid;

const list = (params: Params, name: string) =>
  params
    .text(name)
    ?.split(',')
    .map((value) => value.trim())
    .filter(Boolean);

/** `fromDate`/`toDate`: "ISO 8601 format or UNIX time in milliseconds" (DOC); PY sends `json.dumps(datetime)` (ms). */
function readDate(params: Params, name: string): number | undefined {
  const value = params.text(name)?.replace(/^"|"$/g, '');
  if (value === undefined) return undefined;
  const time = /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (Number.isNaN(time)) throw arcgisErrors.badRequest(`'${name}' must be a date in ISO 8601 format or UNIX time in milliseconds.`);
  return time;
}

function readNum(params: Params): number {
  const value = Number(params.text('num'));
  if (!Number.isFinite(value) || value < 1) return DEFAULT_NUM;
  return Math.min(Math.trunc(value), MAX_NUM);
}

/** What a successful request did, worked out before the handler runs (an item's title is gone after its delete). */
type Pending = { events: (body: Record<string, unknown>) => HistoryEvent[] };

const pending = new WeakMap<FastifyRequest, Pending>();

/** The paths whose answers are recorded, tested first so every other request costs a regular expression. */
const RECORDED = /\/(updateuserrole|updateuserlicensetype|disableusers|enableusers|disable|enable|delete|invite|generatetoken|authorize|signin)\/?(\?|$)/i;

function relativePath(url: string): { path: string; signIn: boolean } | null {
  if (!RECORDED.test(url)) return null;
  const path = url.split('?')[0] ?? '';
  const lower = path.toLowerCase().replace(/\/+$/, '');
  for (const prefix of REST_PREFIXES) {
    if (lower.startsWith(`${prefix}/`)) return { path: path.slice(prefix.length + 1).replace(/\/+$/, ''), signIn: false };
    const root = prefix.replace(/\/rest$/, '');
    if (lower === `${root}/oauth2/signin`) return { path: 'oauth2/signin', signIn: true };
  }
  return null;
}

function actorOf(context: EmulatorContext, request: FastifyRequest, params: Params): string | null {
  const token = tokenOf(request, params);
  return token ? (findToken(context.store, token)?.username ?? null) : null;
}

const ipOf = (request: FastifyRequest) => request.ip;

/** Per-member results of the batch resources (`{results:[{username,status}]}`): the members changed. */
function changedUsers(body: Record<string, unknown>): string[] {
  const results = Array.isArray(body.results) ? (body.results as { username?: unknown; status?: unknown }[]) : [];
  return results.filter((result) => result.status === true && typeof result.username === 'string').map((result) => result.username as string);
}

function userEvent(actor: string, ip: string, action: string, username: string, data?: Record<string, unknown>): HistoryEvent {
  return { created: Date.now(), id: username, idType: 'u', action, actor, ip, data: data ?? null };
}

/** The writes the history records, by path (case-insensitive): administrators' changes to members, item deletes. */
function planEvents(context: EmulatorContext, request: FastifyRequest, params: Params, path: string): Pending | null {
  const lower = path.toLowerCase();
  const actor = actorOf(context, request, params);
  if (!actor) return null;
  const ip = ipOf(request);
  let match = /^portals\/[^/]+\/updateuserrole$/.exec(lower);
  if (match) {
    const user = findUser(context.store, params.get('user') ?? '');
    const role = params.text('role');
    return user && role ? { events: (body) => (body.success === true ? [userEvent(actor, ip, 'update', user.username, { role })] : []) } : null;
  }
  if (/^portals\/[^/]+\/updateuserlicensetype$/.test(lower)) {
    const userLicenseType = params.text('userLicenseType');
    return { events: (body) => changedUsers(body).map((username) => userEvent(actor, ip, 'update', username, { userLicenseType })) };
  }
  match = /^portals\/[^/]+\/(disable|enable)users$/.exec(lower);
  if (match) {
    const disabled = match[1] === 'disable';
    return { events: (body) => changedUsers(body).map((username) => userEvent(actor, ip, 'update', username, { disabled })) };
  }
  match = /^community\/users\/([^/]+)\/(disable|enable|delete)$/.exec(lower);
  if (match) {
    const user = findUser(context.store, decodeURIComponent(path.split('/')[2] ?? ''));
    const operation = match[2];
    if (!user) return null;
    const event =
      operation === 'delete'
        ? userEvent(actor, ip, 'delete', user.username)
        : userEvent(actor, ip, 'update', user.username, { disabled: operation === 'disable' });
    return { events: (body) => (body.success === true ? [event] : []) };
  }
  if (/^portals\/[^/]+\/invite$/.test(lower)) {
    return {
      events: (body) => {
        if (body.success !== true) return [];
        const refused = new Set((Array.isArray(body.notInvited) ? (body.notInvited as unknown[]) : []).map((name) => String(name).toLowerCase()));
        return invitedUsernames(params)
          .filter((username) => !refused.has(username.toLowerCase()))
          .flatMap((username) => {
            const user = findUser(context.store, username);
            return user ? [userEvent(actor, ip, 'create', user.username)] : [];
          });
      },
    };
  }
  match = /^content\/users\/[^/]+\/(?:[^/]+\/)?items\/([^/]+)\/delete$/.exec(lower);
  if (match) {
    const item = findItem(context.store, decodeURIComponent(path.split('/').at(-2) ?? ''));
    if (!item) return null;
    const event: HistoryEvent = { created: 0, id: item.id, idType: 'i', action: 'delete', actor, ip, owner: item.owner, itemTitle: item.title };
    return { events: (body) => (body.success === true ? [{ ...event, created: Date.now() }] : []) };
  }
  return null;
}

function invitedUsernames(params: Params): string[] {
  try {
    const parsed = JSON.parse(params.get('invitationList') ?? '') as unknown;
    const invitations = Array.isArray(parsed) ? parsed : (parsed as { invitations?: unknown }).invitations;
    return Array.isArray(invitations)
      ? invitations.flatMap((entry) => (typeof (entry as { username?: unknown }).username === 'string' ? [(entry as { username: string }).username] : []))
      : [];
  } catch {
    return [];
  }
}

/** Sign-ins: `generateToken`, the OAuth sign-in form (`oauth2/authorize` POST) and the portal client's `oauth2/signin`. */
function signInEvent(
  context: EmulatorContext,
  request: FastifyRequest,
  reply: FastifyReply,
  params: Params,
  path: string,
  payload: unknown,
): HistoryEvent | null {
  const lower = path.toLowerCase();
  const form = request.method === 'POST' && (lower === 'oauth2/authorize' || lower === 'oauth2/signin');
  if (lower !== 'generatetoken' && !form) return null;
  if (form && params.bool('cancel')) return null;
  const username = params.get('username');
  const user = username ? findUserForSignIn(context.store, username) : undefined;
  if (!user) return null;
  const location = String(reply.getHeader('location') ?? '');
  const signedIn = form ? reply.statusCode === 302 && !/[?#&]error=/.test(location) : typeof payload === 'string' && payload.includes('"token"');
  return { created: Date.now(), id: user.username, idType: 'u', action: signedIn ? 'login' : 'failedlogin', actor: user.username, ip: ipOf(request) };
}

function parseBody(payload: unknown): Record<string, unknown> | null {
  if (typeof payload !== 'string') return null;
  try {
    const body = JSON.parse(payload) as unknown;
    return body && typeof body === 'object' && !('error' in body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Records what happens in the emulator (sign-ins, administrators' changes to members, item deletes) as it answers. */
function registerHistoryRecorder(app: FastifyInstance, context: EmulatorContext): void {
  app.addHook('preHandler', (request, _reply, done) => {
    const where = relativePath(request.url);
    const plan = where && !where.signIn && context.store.flavor === 'online' ? planEvents(context, request, readParams(request), where.path) : null;
    if (plan) pending.set(request, plan);
    done();
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const where = relativePath(request.url);
    if (!where || context.store.flavor !== 'online') return payload;
    const signIn = signInEvent(context, request, reply, readParams(request), where.path, payload);
    if (signIn) appendHistory(context.store, signIn);
    const plan = pending.get(request);
    const body = plan ? parseBody(payload) : null;
    if (plan && body) for (const event of plan.events(body)) appendHistory(context.store, event);
    return payload;
  });
}

/**
 * `portals/self/history` (= `portals/<orgId>/history`), ArcGIS Online only: DOC portal-history "This endpoint is only
 * supported for ArcGIS Online organizations", PY `history`/`login_history` refuse an `isPortal` GIS. On the Enterprise
 * flavor the resource is unknown ("Invalid URL") and nothing is recorded.
 */
export function registerOrgHistoryRoutes(app: FastifyInstance, context: EmulatorContext): void {
  registerHistoryRecorder(app, context);
  restRoute(app, context, 'portals/:portalId/history', ({ caller, params, path }) => {
    if (context.store.flavor !== 'online') throw arcgisErrors.invalidUrl();
    assertPortalId(context, path.portalId);
    requireAllowed(isOrganizationAdministrator(caller));
    return queryHistory(context.store, orgInfo(context.store).id, {
      all: params.bool('all'),
      id: params.text('id'),
      types: list(params, 'types'),
      actors: list(params, 'actors'),
      owners: list(params, 'owners'),
      actions: list(params, 'actions'),
      ips: list(params, 'ips'),
      from: readDate(params, 'fromDate'),
      to: readDate(params, 'toDate'),
      descending: params.text('sortOrder')?.toLowerCase() === 'desc',
      num: readNum(params),
      after: parseNextKey(params.text('start')),
    });
  });
}
