import {
  type DefaultsAnswer,
  type OrganizationContext,
  passwordPolicyFrom,
  type PortalPasswordPolicy,
  readUsernameCheck,
  toOrganizationContext,
  type UserTypeAnswer,
} from '../src/features/members-import/core/organization-context';
import type { PasswordPolicy } from '../src/features/members-import/core/types';
import { portalAdminRoot, seatsFromLicense } from '../src/lib/arcgis/license-seats';

/**
 * The Sharing REST calls `check-members --portal` makes, with plain `fetch`: the same resources and the same mapping
 * as the page's `api/import-api.ts` (which cannot be imported here: it needs @esri/arcgis-rest-request and `@/`).
 * The token goes only into query strings and form bodies, never into a message.
 */

/** The portal refused a request or could not be reached; `code` is the ArcGIS error code when it sent one. */
export class PortalError extends Error {
  readonly code: number | undefined;

  constructor(message: string, code?: number) {
    super(message);
    this.name = 'PortalError';
    this.code = code;
  }
}

export type PortalClient = { root: string; token: string; timeoutMs?: number };

type Paged = { nextStart?: number };
type ErrorBody = { error: { code?: number; message?: string; details?: unknown } };
type RoleJson = { id: string; name: string; privileges?: string[] };
type GroupJson = { id: string; title: string };
type UserTypeJson = { id: string; name?: string; compatibleRoles?: unknown };
const pageSize = 100;
/** `community/checkUsernames` names per request (the emulator takes up to 200; 100 leaves room). */
export const checkUsernamesBatchSize = 100;

/** The REST root as given, without a trailing slash; refuses anything but http(s) URLs. */
export function normalizePortalRoot(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PortalError(`--portal "${value}" is not a URL; give the Sharing REST root, e.g. http://localhost:3080/portal/sharing/rest`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PortalError(`--portal must be an http or https URL (got ${url.protocol})`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new PortalError('--portal must be the bare Sharing REST root, without a query string, fragment or credentials');
  }
  return url.href.replace(/\/+$/, '');
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  return typeof body.error === 'object' && body.error !== null;
}

function describeCause(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time';
  const cause = error instanceof Error ? error.cause : undefined;
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string') return cause.code;
  if (cause instanceof Error && cause.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** One request; `f=json` and the token are added. Errors (HTTP 200 `{error}` included) become `PortalError`s. */
async function call<T>(client: PortalClient, path: string, params: Record<string, string> = {}, method: 'GET' | 'POST' = 'GET'): Promise<T> {
  const form = new URLSearchParams({ ...params, f: 'json', token: client.token });
  const url = `${client.root}/${path}`;
  const signal = AbortSignal.timeout(client.timeoutMs ?? 30_000);
  let response: Response;
  try {
    response = method === 'GET' ? await fetch(`${url}?${form.toString()}`, { signal }) : await fetch(url, { method: 'POST', body: form, signal });
  } catch (error) {
    throw new PortalError(`${path}: could not reach ${url} (${describeCause(error)})`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new PortalError(`${path}: the portal answered HTTP ${response.status} without JSON; ` + `is ${client.root} the Sharing REST root (…/sharing/rest)?`);
  }
  if (isErrorBody(body)) {
    const { code, message, details } = body.error;
    const extra = Array.isArray(details) && details.length > 0 ? ` (${details.map(String).join('; ')})` : '';
    const hint =
      code === 498 || code === 499
        ? ' Check --token: it may be wrong or expired.'
        : code === 403
          ? ' The token must be an organization administrator’s.'
          : code === 404 || message === 'Invalid URL'
            ? ` Is ${client.root} the Sharing REST root (…/sharing/rest)?`
            : '';
    const codeText = typeof code === 'number' ? `error ${code}` : 'error';
    const text = (message ?? 'no message').replace(/\.$/, '');
    throw new PortalError(`${path}: ${codeText}: ${text}${extra}.${hint}`, code);
  }
  if (!response.ok) throw new PortalError(`${path}: the portal answered HTTP ${response.status} ${response.statusText}.`);
  return body as T;
}

/**
 * A Portal Administrator API resource of an Enterprise portal (`…/portaladmin`, beside the Sharing root): POST with
 * the token in the body, as DOC requires. Its refusals are `{status:"error", messages, code}`.
 */
async function callAdmin<T>(client: PortalClient, path: string): Promise<T> {
  const url = `${portalAdminRoot(client.root)}/${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body: new URLSearchParams({ f: 'json', token: client.token }),
      signal: AbortSignal.timeout(client.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new PortalError(`portaladmin/${path}: could not reach ${url} (${describeCause(error)})`);
  }
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    throw new PortalError(`portaladmin/${path}: the portal answered HTTP ${response.status} without JSON.`);
  }
  const refusal = body as { status?: unknown; messages?: unknown; code?: unknown };
  if (refusal.status === 'error') {
    const messages = Array.isArray(refusal.messages) ? refusal.messages.map(String).join(' ') : 'no message';
    const code = typeof refusal.code === 'number' ? refusal.code : undefined;
    throw new PortalError(`portaladmin/${path}: ${code === undefined ? 'error' : `error ${String(code)}`}: ${messages}`, code);
  }
  if (!response.ok) throw new PortalError(`portaladmin/${path}: the portal answered HTTP ${response.status} ${response.statusText}.`);
  return body as T;
}

/** Every page of a paged resource (`start`/`num`/`nextStart`): the items of each page's `listKey` array. */
async function allPages<T>(client: PortalClient, path: string, params: Record<string, string>, listKey: string): Promise<T[]> {
  const items: T[] = [];
  let start = 1;
  for (;;) {
    const page = await call<Paged & Record<string, unknown>>(client, path, {
      ...params,
      start: String(start),
      num: String(pageSize),
    });
    const list = page[listKey];
    if (Array.isArray(list)) items.push(...(list as T[]));
    const next = page.nextStart;
    if (typeof next !== 'number' || next <= start) return items;
    start = next;
  }
}

const isTokenError = (error: unknown) => error instanceof PortalError && (error.code === 498 || error.code === 499);

/** An optional resource's answer, or null when the portal did not give it (a refused token still ends the check). */
function answered<T>(result: PromiseSettledResult<T>): T | null {
  if (result.status === 'fulfilled') return result.value;
  if (isTokenError(result.reason)) throw result.reason;
  return null;
}

/** `portals/self/securityPolicy` → `passwordPolicy`, the documented resource; rejects when it has none. */
async function fetchPasswordPolicy(client: PortalClient): Promise<PasswordPolicy> {
  const { passwordPolicy } = await call<{ passwordPolicy?: PortalPasswordPolicy }>(client, 'portals/self/securityPolicy');
  if (!passwordPolicy) throw new PortalError('portals/self/securityPolicy: the answer has no passwordPolicy.');
  return passwordPolicyFrom(passwordPolicy);
}

/**
 * The user types with their seats, read as the page's `fetchUserTypeSeats` (src/lib/arcgis/user-type-seats.ts, which
 * needs rest-js) reads them: `userLicenseTypes` for id and name only; seats bought from `portals/self` →
 * `subscriptionInfo.userLicenseTypes`, or on ArcGIS Enterprise (`isPortal`) from the Portal Administrator licence
 * (`portaladmin/license`, `seatsFromLicense`, shared with the page); members holding each type from
 * `portals/self/users/counts`. Every number the portal does not report stays null.
 */
async function fetchUserTypeSeats(
  client: PortalClient,
  self: { isPortal?: unknown; subscriptionInfo?: { userLicenseTypes?: Record<string, unknown> } },
): Promise<UserTypeAnswer[]> {
  const [types, counts, licensed] = await Promise.allSettled([
    allPages<UserTypeJson>(client, 'portals/self/userLicenseTypes', {}, 'userLicenseTypes'),
    allPages<{ key?: string; count?: number }>(client, 'portals/self/users/counts', { type: 'userLicenseType' }, 'results'),
    self.isPortal === true ? callAdmin<unknown>(client, 'license').then(seatsFromLicense) : Promise.resolve(null),
  ]);
  if (types.status === 'rejected') throw types.reason;
  const held = answered(counts);
  const heldById = new Map((held ?? []).flatMap(({ key, count }) => (key && typeof count === 'number' ? [[key, count] as const] : [])));
  const fromLicense = answered(licensed);
  const bought = self.subscriptionInfo?.userLicenseTypes ?? {};
  return types.value.map((type) => {
    const purchased = fromLicense ? fromLicense.get(type.id) : bought[type.id];
    const seats = typeof purchased === 'number' && Number.isFinite(purchased) ? purchased : null;
    // A type the counts do not list has no members: the counts answered, so 0 is known.
    const inUse = held ? (heldById.get(type.id) ?? 0) : null;
    return {
      id: type.id,
      name: type.name ?? type.id,
      left: seats !== null && inUse !== null ? Math.max(0, seats - inUse) : null,
      compatibleRoles: Array.isArray(type.compatibleRoles) ? type.compatibleRoles.filter((role): role is string => typeof role === 'string') : null,
    };
  });
}

/**
 * Roles, user types with seats, groups, new member defaults and the password policy of the token's organization.
 * `portals/self` and its roles are required; each other resource is read on its own and, when the portal does not
 * give it, falls back as the page does (see `toOrganizationContext`), with a notice saying so.
 */
export async function fetchOrganization(client: PortalClient): Promise<OrganizationContext & { orgId: string; orgName: string }> {
  const self = await call<{ id?: string; name?: string; isPortal?: unknown; subscriptionInfo?: { userLicenseTypes?: Record<string, unknown> } }>(
    client,
    'portals/self',
  );
  if (!self.id) {
    throw new PortalError('portals/self: the answer has no organization id; is the token an organization member’s?');
  }
  const orgId = self.id;
  const [roleJson, userTypes, groupJson, defaults, passwordPolicy] = await Promise.allSettled([
    allPages<RoleJson>(client, 'portals/self/roles', { returnPrivileges: 'true' }, 'roles'),
    fetchUserTypeSeats(client, self),
    // Esri's Python client scopes group searches with `accountid:`; `orgid:` is not known to work for groups.
    allPages<GroupJson>(client, 'community/groups', { q: `accountid:${orgId}` }, 'results'),
    call<DefaultsAnswer>(client, 'portals/self/userDefaultSettings'),
    fetchPasswordPolicy(client),
  ]);
  if (roleJson.status === 'rejected') throw roleJson.reason;
  return {
    orgId,
    orgName: self.name ?? orgId,
    // The portal's own flavor decides the built-in username rule (ArcGIS Enterprise: 6–24 letters, digits or _).
    portalKind: self.isPortal === true ? 'enterprise' : 'online',
    ...toOrganizationContext({
      roles: roleJson.value,
      userTypes: answered(userTypes),
      groups: answered(groupJson),
      defaults: answered(defaults),
      passwordPolicy: answered(passwordPolicy),
    }),
  };
}

/**
 * Which usernames are taken, asked of `community/checkUsernames` (POST, at most 100 a call); lower-case names. A
 * name is taken when the portal suggests another one. A name the answer leaves out (or answers without a suggestion)
 * is `unconfirmed`: not known to be free, possibly reserved by a deleted account (see `readUsernameCheck`).
 */
export async function fetchTakenUsernames(
  client: PortalClient,
  usernames: readonly string[],
  onProgress?: (checked: number, total: number) => void,
): Promise<{ taken: Set<string>; unconfirmed: Set<string> }> {
  const taken = new Set<string>();
  const unconfirmed = new Set<string>();
  // The list is comma-separated: a name with a comma is invalid anyway and would be read as two.
  const names = [...new Set(usernames.filter((name) => name !== '' && !name.includes(',')))];
  for (let offset = 0; offset < names.length; offset += checkUsernamesBatchSize) {
    const batch = names.slice(offset, offset + checkUsernamesBatchSize);
    const answer = await call<{ usernames?: { requested?: string; suggested?: string }[] }>(
      client,
      'community/checkUsernames',
      { usernames: batch.join(',') },
      'POST',
    );
    const read = readUsernameCheck(batch, answer);
    for (const name of read.taken) taken.add(name);
    for (const name of read.unconfirmed) unconfirmed.add(name);
    onProgress?.(Math.min(names.length, offset + batch.length), names.length);
  }
  return { taken, unconfirmed };
}

/**
 * Lower-case usernames with an invitation not accepted yet. Not every portal lists invitations, so anything but a
 * token error answers `null` with the reason (the import itself would still refuse a duplicate).
 */
export async function fetchPendingInvitations(client: PortalClient): Promise<{ usernames: Set<string> } | { usernames: null; reason: string }> {
  try {
    const invitations = await allPages<{ username?: string }>(client, 'portals/self/invitations', {}, 'invitations');
    return { usernames: new Set(invitations.flatMap(({ username }) => (username ? [username.toLowerCase()] : []))) };
  } catch (error) {
    if (!(error instanceof PortalError) || error.code === 498 || error.code === 499) throw error;
    return { usernames: null, reason: error.message };
  }
}
