/**
 * `npm run -s python-client-flow -- --url https://localhost:3443/portal [--ca .data/emulator-cert.pem | --insecure]`
 *
 * Drives a portal the way Esri's ArcGIS API for Python 2.0.1 does (the calls, their order and parameters, read from
 * its source), over HTTPS with plain `fetch`: sign in through the portal's own client, search members and load each
 * by id, create a member with the organization's defaults, update a profile, try to delete a member who owns
 * content, reassign that content and delete again. Prints each step; exits 1 at the first failure. It changes the
 * organization (creates one member, deletes another): run it against a test emulator. See emulator/README.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { PortalRequestError, PythonStyleClient, type Trust } from './python-client-flow-client';

export type FlowOptions = {
  /** The portal URL as given to `GIS(url, …)`, e.g. `https://localhost:3443/portal`. */
  url: string;
  trust: Trust;
  username: string;
  password: string;
  /** The member who owns content: refused deletion, reassignment, deletion. */
  owner: string;
  /** Who receives the owner's content. */
  receiver: string;
  /** The member to create (default: `pyflow` + a time stamp). */
  newUsername?: string;
  log?: (line: string) => void;
};

export class FlowStepError extends Error {
  constructor(
    readonly step: string,
    cause: unknown,
  ) {
    super(`${step}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

type Json = Record<string, unknown>;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Runs the whole flow; resolves with the step lines, or throws a `FlowStepError` naming the failed step. */
export async function runPythonClientFlow(options: FlowOptions): Promise<string[]> {
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    options.log?.(line);
  };
  let number = 0;
  const step = async <T>(name: string, run: () => Promise<T>, describe: (value: T) => string): Promise<T> => {
    number += 1;
    try {
      const value = await run();
      log(`${String(number).padStart(2)}. ${name} — ok: ${describe(value)}`);
      return value;
    } catch (error) {
      log(`${String(number).padStart(2)}. ${name} — FAILED: ${error instanceof Error ? error.message : String(error)}`);
      throw new FlowStepError(name, error);
    }
  };

  const client = await step(
    'connect over https',
    () => PythonStyleClient.create(options.url, options.trust),
    (c) => c.restUrl,
  );

  // Connection._check_product / _token_url_validator: authInfo.tokenServicesUrl, and no currentVersion (that is Server).
  await step(
    'sharing/rest/info',
    async () => {
      const info = await client.get('info');
      const authInfo = (info.authInfo ?? {}) as Json;
      check(authInfo.isTokenBasedSecurity === true, 'authInfo.isTokenBasedSecurity is not true');
      check(text(authInfo.tokenServicesUrl).startsWith('https://'), `tokenServicesUrl is not https: ${text(authInfo.tokenServicesUrl)}`);
      check(!('currentVersion' in info), 'info carries currentVersion: the Python API would take the portal for ArcGIS Server');
      return text(authInfo.tokenServicesUrl);
    },
    (url) => `tokenServicesUrl ${url}`,
  );

  // EsriBuiltInAuth: response_type=token first; the out-of-band code handshake is its fallback (and refresh path).
  await step(
    'sign in as arcgisonline, response_type=token (oauth2/authorize, sharing/oauth2/signin)',
    async () => {
      const signed = await client.signInImplicit(options.username, options.password);
      check(signed.ssl === 'true', `ssl is ${String(signed.ssl)} in the token fragment`);
      return signed;
    },
    (signed) => `token for ${String(signed.expiresIn)} s, ssl=${String(signed.ssl)}`,
  );
  const token = await step(
    'sign in as arcgisonline, out-of-band code (oAuthInfo, SUCCESS code, oauth2/token)',
    async () => {
      const body = await client.signInOutOfBand(options.username, options.password);
      check(body.ssl === true, `ssl is ${String(body.ssl)} in the token answer`);
      check(body.username === options.username, `signed in as ${String(body.username)}`);
      return body;
    },
    (body) => `${String(body.username)}, expires_in ${String(body.expires_in)}, refresh token ${body.refresh_token ? 'yes' : 'no'}, ssl ${String(body.ssl)}`,
  );
  client.token = String(token.access_token);

  const portal = await step(
    'portals/self',
    async () => {
      const self = await client.post('portals/self');
      check(typeof self.id === 'string', 'portals/self has no id');
      // _portalpy.is_arcgisonline: the invite path below is the ArcGIS Online one.
      check(self.portalName === 'ArcGIS Online' && self.portalMode === 'multitenant', 'not ArcGIS Online: the Python API would use portaladmin createUser');
      return self;
    },
    (self) => `org ${String(self.id)} (${String(self.name)}), signed in as ${text((self.user as Json | undefined)?.username)}`,
  );
  const orgId = String(portal.id);

  // UserManager.search → _portalpy.search_users (`accountid:` appended) → _users_page (POST community/users),
  // then User(gis, result["id"]) hydrates each: POST community/users/{id}.
  const search = async (query: string) => {
    const page = await client.post('community/users', {
      q: `${query} accountid:${orgId}`,
      start: 1,
      num: 100,
      sortField: 'username',
      sortOrder: 'asc',
      excludeSystemUsers: 'false',
    });
    const results = (page.results ?? []) as Json[];
    const users: Json[] = [];
    for (const result of results) {
      const id = text(result.id) || text(result.username);
      const user = await client.post(`community/users/${encodeURIComponent(id)}`);
      check(user.username === result.username, `community/users/${id} answered ${String(user.username)}, not ${String(result.username)}`);
      users.push(user);
    }
    return users;
  };
  await step(
    `search members ("${options.owner}") and load each by id`,
    async () => {
      const users = await search(options.owner);
      check(
        users.some((user) => user.username === options.owner),
        `${options.owner} not found`,
      );
      return users;
    },
    (users) => `${String(users.length)} found, each loaded by id`,
  );

  const newUsername = options.newUsername ?? `pyflow${Date.now().toString(36)}`;
  await step(
    `create ${newUsername} with the organization's defaults (portals/self/invite, no password)`,
    async () => {
      // UserManager.create: refuses a username the search finds.
      const existing = await search(newUsername);
      check(!existing.some((user) => text(user.username).toLowerCase() === newUsername.toLowerCase()), `${newUsername} already exists`);
      // _create64plus (ArcGIS Online): role, user type and groups from user_settings when none are given.
      const settings = await client.get('portals/self/userDefaultSettings');
      const role = text(settings.role) || 'org_user';
      const userLicenseType = text(settings.userLicenseType);
      const groupIds = Array.isArray(settings.groups) ? settings.groups.map(String) : [];
      for (const id of groupIds) await client.post(`community/groups/${encodeURIComponent(id)}`);
      const credits = typeof portal.defaultUserCreditAssignment === 'number' ? portal.defaultUserCreditAssignment : -1;
      const answer = await client.post('portals/self/invite', {
        invitationList: JSON.stringify({
          invitations: [
            {
              username: newUsername,
              firstname: 'Pat',
              lastname: 'Flow',
              fullname: 'Pat Flow',
              email: `${newUsername}@harborcity.example`,
              role,
              userLicenseType,
              groups: groupIds.join(','),
              userCreditAssignment: credits,
            },
          ],
          apps: [],
          appBundles: [],
        }),
      });
      check(answer.success === true, `invite answered ${JSON.stringify(answer)}`);
      check(!((answer.notInvited ?? []) as unknown[]).includes(newUsername), `Unable to create ${newUsername} (notInvited)`);
      // UserManager.get
      const user = await client.post(`community/users/${newUsername}`);
      check(user.username === newUsername, 'the new member cannot be read back');
      check(user.role === role, `role ${String(user.role)}, expected the default ${role}`);
      if (userLicenseType) check(user.userLicenseTypeId === userLicenseType, `user type ${String(user.userLicenseTypeId)}, expected ${userLicenseType}`);
      const memberOf = ((user.groups ?? []) as Json[]).map((group) => group.id);
      for (const id of groupIds) check(memberOf.includes(id), `not in the default group ${id}`);
      if (text(settings.userType) && settings.userType !== 'arcgisonly') {
        await client.post(`community/users/${newUsername}/update`, { userType: text(settings.userType) });
      }
      return user;
    },
    (user) =>
      `${String(user.username)}: ${String(user.role)}, ${String(user.userLicenseTypeId)}, ${String(((user.groups ?? []) as unknown[]).length)} group(s)`,
  );

  // User.update: reads gis.languages (portals/languages) to check a culture, then posts the changes.
  const description = `Created and updated by python-client-flow at ${new Date().toISOString()}`;
  await step(
    `update ${newUsername}'s profile (portals/languages, community/users/{u}/update)`,
    async () => {
      const languages = await client.get('portals/languages');
      check(Array.isArray(languages.value), 'portals/languages is not a list');
      const answer = await client.post(`community/users/${newUsername}/update`, { description, clearEmptyFields: 'true' });
      check(answer.success === true, `update answered ${JSON.stringify(answer)}`);
      const user = await client.post(`community/users/${newUsername}`);
      check(user.description === description, `description is ${JSON.stringify(user.description)}`);
      return (languages.value as unknown[]).length;
    },
    (count) => `${String(count)} languages read; description saved`,
  );

  const deleteLikePython = async (username: string): Promise<Json> => {
    // User.delete: licences (portals/self/purchases) and bundles (portals/self/appBundles) first, then the groups the
    // member owns (deleted when nobody receives them), Esri access off, and community/users/{u}/delete.
    const user = await client.post(`community/users/${username}`);
    const purchases = await client.get('portals/self/purchases');
    check(Array.isArray(purchases.purchases), 'portals/self/purchases has no purchases list');
    const bundles = await client.get('portals/self/appBundles');
    check(Array.isArray(bundles.appBundles), 'portals/self/appBundles has no appBundles list');
    for (const member of (user.groups ?? []) as Json[]) {
      const group = await client.post(`community/groups/${encodeURIComponent(text(member.id))}`);
      if (group.owner === username) await client.post(`community/groups/${encodeURIComponent(text(member.id))}/delete`);
    }
    await client.post(`community/users/${username}/update`, { userType: 'arcgisonly' });
    await client.post(`community/users/${username}`);
    return client.post(`community/users/${username}/delete`);
  };

  await step(
    `delete ${options.owner}, who owns content: refused`,
    async () => {
      try {
        const answer = await deleteLikePython(options.owner);
        throw new Error(`the delete was not refused: ${JSON.stringify(answer)}`);
      } catch (error) {
        if (error instanceof PortalRequestError && error.message.startsWith(`POST community/users/${options.owner}/delete`)) return error.message;
        throw error;
      }
    },
    (message) => `refused (${message.replace(/^POST \S+: /, '')})`,
  );

  // User.reassign_to → _portalpy.reassign_user
  await step(
    `reassign all of ${options.owner}'s content to ${options.receiver} (community/users/{u}/reassign)`,
    async () => {
      const answer = await client.post(`community/users/${options.owner}/reassign`, { targetUsername: options.receiver });
      check(answer.success === true, `reassign answered ${JSON.stringify(answer)}`);
      return answer;
    },
    () => 'success',
  );

  await step(
    `delete ${options.owner} again: succeeds`,
    async () => {
      const answer = await deleteLikePython(options.owner);
      check(answer.success === true, `delete answered ${JSON.stringify(answer)}`);
      try {
        await client.post(`community/users/${options.owner}`);
      } catch (error) {
        if (error instanceof PortalRequestError) return answer;
        throw error;
      }
      throw new Error(`${options.owner} can still be read after the delete`);
    },
    () => `${options.owner} deleted`,
  );
  return lines;
}

const usage = `Usage: npm run -s python-client-flow -- --url https://localhost:3443/portal [options]

Drives the portal the way the ArcGIS API for Python 2.0.1 does, over HTTPS with plain fetch. Changes the
organization (creates a member, deletes --owner): use a test emulator (npx tsx emulator/src/server.ts --https
--db :memory:).

Options
  --url URL          portal URL as given to GIS() (required; https)
  --ca PATH          certificate to trust (default .data/emulator-cert.pem, written by the emulator's --https)
  --insecure         do not check the certificate (these requests only)
  --username NAME    administrator to sign in as (default portaladmin)
  --password PW      its password (default Portal.Admin1)
  --owner NAME       member who owns content, to delete (default grace.receiver)
  --receiver NAME    who receives that content (default ana.lima)
  --new-user NAME    member to create (default pyflow + a time stamp)
  -h, --help         show this help`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      ca: { type: 'string' },
      insecure: { type: 'boolean' },
      username: { type: 'string' },
      password: { type: 'string' },
      owner: { type: 'string' },
      receiver: { type: 'string' },
      'new-user': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.url) {
    console.error(usage);
    return 2;
  }
  let trust: Trust;
  if (values.insecure) trust = { insecure: true };
  else {
    const caPath = values.ca ?? '.data/emulator-cert.pem';
    try {
      trust = { ca: readFileSync(caPath, 'utf8') };
    } catch {
      console.error(`Cannot read the certificate ${caPath}: start the emulator with --https, or pass --ca PATH or --insecure.`);
      return 2;
    }
  }
  try {
    await runPythonClientFlow({
      url: values.url,
      trust,
      username: values.username ?? 'portaladmin',
      password: values.password ?? 'Portal.Admin1',
      owner: values.owner ?? 'grace.receiver',
      receiver: values.receiver ?? 'ana.lima',
      newUsername: values['new-user'],
      log: (line) => console.log(line),
    });
    console.log('All steps passed.');
    return 0;
  } catch (error) {
    if (!(error instanceof FlowStepError)) console.error(error);
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
