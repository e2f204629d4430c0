import type { FastifyInstance } from 'fastify';

import { userTypeSeats } from './license-info';
import { passwordResetEmails } from './user-password';
import type { EmulatorContext } from '../plugins/context';
import { FaultSettingsError, parseFaultSettings } from '../plugins/faults';
import { readParams } from '../plugins/params';
import { expireInvitationsOf } from '../store/invitations-repo';
import { FLAVORS, type Flavor } from '../store/store';
import { expireTokens } from '../store/tokens-repo';

const PROFILE_SWITCHES = ['extensions', 'hideSeats', 'requireReceiveItems', 'creditAllocationOff'] as const;
const [MIN_MEMBERS, MAX_MEMBERS] = [20, 100_000];
const isProfileSwitch = (key: string): key is (typeof PROFILE_SWITCHES)[number] => (PROFILE_SWITCHES as readonly string[]).includes(key);

/** `/__emulator/*`: health always; reset, token expiry and fault injection only in test mode. */
export function registerEmulatorControlRoutes(app: FastifyInstance, context: EmulatorContext): void {
  app.get('/__emulator/health', () => ({ ok: true }));
  if (!context.config.testMode) return;
  const initialExtensions = context.config.extensions;

  // A reset also clears the faults, so every test starts from a healthy portal.
  app.post('/__emulator/reset', () => {
    const started = performance.now();
    context.store.reset();
    context.faults.clear();
    context.config.extensions = initialExtensions;
    context.config.hideSeats = false;
    context.config.requireReceiveItems = false;
    context.config.creditAllocationOff = false;
    return { ok: true, ms: Math.round(performance.now() - started) };
  });

  // `?refresh=true` also expires refresh tokens, so the next refresh fails and the user must sign in again.
  app.post('/__emulator/expire-tokens', (request) => ({
    ok: true,
    expired: expireTokens(context.store, readParams(request).bool('refresh')),
  }));

  // `{ "creatorUT": 500 }`: that many seats left, as if the organization bought more licences.
  app.post('/__emulator/seats', (request, reply) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const seats = new Map(userTypeSeats(context).map((type) => [type.id, type]));
    const update = context.store.prepare('UPDATE user_types SET max_users = ? WHERE id = ?');
    for (const [id, left] of Object.entries(body)) {
      const type = seats.get(id);
      if (!type || typeof left !== 'number' || !Number.isInteger(left) || left < 0) {
        return reply.code(400).send({ ok: false, error: `Expected { userTypeId: seats left ≥ 0 }; got ${id}.` });
      }
      update.run(type.assignedUsers + left, id);
    }
    return { ok: true };
  });

  // `{ "username": "x" }`: x's pending invitation expires now, as if 14 days had passed (it keeps holding the name).
  app.post('/__emulator/invitations/expire', (request, reply) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    if (typeof body.username !== 'string' || body.username === '') {
      return reply.code(400).send({ ok: false, error: 'Expected { username: string }.' });
    }
    return { ok: true, expired: expireInvitationsOf(context.store, body.username, Date.now()) };
  });

  // How this portal differs for one test: the PROFILE_SWITCHES, and `members` (the same organization seeded at that
  // size, every change since the last reset undone); a reset restores the start-up profile.
  app.post('/__emulator/profile', (request, reply) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const expected = `Expected { ${[
      ...PROFILE_SWITCHES.map((name) => `${name}?: boolean`),
      `members?: ${String(MIN_MEMBERS)}–${String(MAX_MEMBERS)}`,
      `flavor?: ${FLAVORS.join(' | ')}`,
    ].join(', ')} }`;
    for (const [key, value] of Object.entries(body)) {
      const valid =
        key === 'members'
          ? typeof value === 'number' && Number.isInteger(value) && value >= MIN_MEMBERS && value <= MAX_MEMBERS
          : key === 'flavor'
            ? FLAVORS.includes(value as Flavor)
            : isProfileSwitch(key) && typeof value === 'boolean';
      if (!valid) return reply.code(400).send({ ok: false, error: `${expected}; got ${key}.` });
    }
    const started = performance.now();
    if (body.members !== undefined || body.flavor !== undefined) {
      context.store.reset({ members: body.members as number | undefined, flavor: body.flavor as Flavor | undefined });
    }
    for (const [key, value] of Object.entries(body)) {
      if (isProfileSwitch(key)) context.config[key] = value as boolean;
    }
    return {
      ok: true,
      ...Object.fromEntries(PROFILE_SWITCHES.map((name) => [name, context.config[name]])),
      members: (context.store.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n,
      flavor: context.store.flavor,
      ms: Math.round(performance.now() - started),
    };
  });

  app.get('/__emulator/password-reset-emails', () => ({ ok: true, emails: passwordResetEmails(context.store) }));

  app.get('/__emulator/faults', () => ({ ok: true, ...context.faults.status() }));

  // JSON or form body; `{}` clears. New settings restart the counters.
  app.post('/__emulator/faults', (request, reply) => {
    try {
      return { ok: true, ...context.faults.set(parseFaultSettings(request.body)) };
    } catch (error) {
      if (error instanceof FaultSettingsError) return reply.code(400).send({ ok: false, error: error.message });
      throw error;
    }
  });

  app.delete('/__emulator/faults', () => ({ ok: true, ...context.faults.clear() }));
}
