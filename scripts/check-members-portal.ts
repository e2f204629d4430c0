import { defaultPasswordPolicy } from '../src/features/members-import/member-field-rules';
import type { PasswordPolicy } from '../src/features/members-import/types';
import {
  type OrganizationContext,
  passwordPolicyFrom,
  type PortalPasswordPolicy,
  toOrganizationContext,
} from '../src/features/members-import/organization-context';



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
type UserTypeJson = { id: string; name: string; availableUsers?: number; compatibleRoles?: string[] };
const pageSize = 100;
/** `community/checkUsernames` names per request (the emulator takes up to 200; 100 leaves room). */
export const checkUsernamesBatchSize = 100;

/** The REST root as given, without a trailing slash; refuses anything but http(s) URLs. */
export function normalizePortalRoot(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PortalError(
      `--portal "${value}" is not a URL; give the Sharing REST root, e.g. http://localhost:3080/portal/sharing/rest`,
    );
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
async function call<T>(
  client: PortalClient,
  path: string,
  params: Record<string, string> = {},
  method: 'GET' | 'POST' = 'GET',
): Promise<T> {
  const form = new URLSearchParams({ ...params, f: 'json', token: client.token });
  const url = `${client.root}/${path}`;
  const signal = AbortSignal.timeout(client.timeoutMs ?? 30_000);
  let response: Response;
  try {
    response =
      method === 'GET'
        ? await fetch(`${url}?${form.toString()}`, { signal })
        : await fetch(url, { method: 'POST', body: form, signal });
  } catch (error) {
    throw new PortalError(`${path}: could not reach ${url} (${describeCause(error)})`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new PortalError(
      `${path}: the portal answered HTTP ${response.status} without JSON; ` +
        `is ${client.root} the Sharing REST root (…/sharing/rest)?`,
    );
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

/** Every page of a paged resource (`start`/`num`/`nextStart`): the items of each page's `listKey` array. */
async function allPages<T>(
  client: PortalClient,
  path: string,
  params: Record<string, string>,
  listKey: string,
): Promise<T[]> {
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

async function fetchPasswordPolicy(client: PortalClient, fromSelf: PortalPasswordPolicy | undefined): Promise<PasswordPolicy> {
  if (fromSelf) return passwordPolicyFrom(fromSelf);
  try {
    const { passwordPolicy } = await call<{ passwordPolicy?: PortalPasswordPolicy }>(client, 'portals/self/passwordPolicy');
    return passwordPolicyFrom(passwordPolicy);
  } catch (error) {
    if (error instanceof PortalError && (error.code === 498 || error.code === 499)) throw error;
    // Portals that do not expose the policy still enforce one; the documented default is checked instead.
    return defaultPasswordPolicy;
  }
}

/** Roles, user types with seats, groups, new member defaults and the password policy of the token's organization. */
export async function fetchOrganization(
  client: PortalClient,
): Promise<OrganizationContext & { orgId: string; orgName: string }> {
  const self = await call<{ id?: string; name?: string; passwordPolicy?: PortalPasswordPolicy }>(client, 'portals/self');
  if (!self.id) {
    throw new PortalError('portals/self: the answer has no organization id; is the token an organization member’s?');
  }
  const orgId = self.id;
  const [roleJson, typeJson, groupJson, defaults, passwordPolicy] = await Promise.all([
    allPages<RoleJson>(client, 'portals/self/roles', { returnPrivileges: 'true' }, 'roles'),
    allPages<UserTypeJson>(client, 'portals/self/userLicenseTypes', {}, 'userLicenseTypes'),
    allPages<GroupJson>(client, 'community/groups', { q: `orgid:${orgId}` }, 'results'),
    call<{ role?: string; userLicenseType?: string; groups?: string[] }>(client, 'portals/self/userDefaultSettings'),
    fetchPasswordPolicy(client, self.passwordPolicy),
  ]);
  return {
    orgId,
    orgName: self.name ?? orgId,
    ...toOrganizationContext({ roles: roleJson, userTypes: typeJson, groups: groupJson, defaults, passwordPolicy }),
  };
}

/**
 * Which usernames are taken, asked of `community/checkUsernames` (POST, at most 100 a call). A name is taken when
 * the portal suggests another one (compared case-insensitively). Answers lower-case names.
 */
export async function fetchTakenUsernames(
  client: PortalClient,
  usernames: readonly string[],
  onProgress?: (checked: number, total: number) => void,
): Promise<Set<string>> {
  const taken = new Set<string>();
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
    for (const { requested, suggested } of answer.usernames ?? []) {
      if (!requested) continue;
      // No suggestion at all means the name cannot be used either (the real portal does this for deleted names).
      if (suggested?.toLowerCase() !== requested.toLowerCase()) taken.add(requested.toLowerCase());
    }
    onProgress?.(Math.min(names.length, offset + batch.length), names.length);
  }
  return taken;
}

/**
 * Lower-case usernames with an invitation not accepted yet. Not every portal lists invitations, so anything but a
 * token error answers `null` with the reason (the import itself would still refuse a duplicate).
 */
export async function fetchPendingInvitations(
  client: PortalClient,
): Promise<{ usernames: Set<string> } | { usernames: null; reason: string }> {
  try {
    const invitations = await allPages<{ username?: string }>(client, 'portals/self/invitations', {}, 'invitations');
    return { usernames: new Set(invitations.flatMap(({ username }) => (username ? [username.toLowerCase()] : []))) };
  } catch (error) {
    if (!(error instanceof PortalError) || error.code === 498 || error.code === 499) throw error;
    return { usernames: null, reason: error.message };
  }
}
