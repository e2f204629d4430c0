import type { FastifyInstance } from 'fastify';

import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { restRoute } from '../plugins/rest-route';
import { passwordProblems } from '../store/password-policy';
import { hashNewPassword, verifyPassword } from '../store/passwords';
import type { Store } from '../store/store';
import { findUser, type UserRow } from '../store/users-repo';

/*
 * A member's password (PY = ArcGIS API for Python 2.0.1, `arcgis/gis/__init__.py`):
 * - `community/users/{u}/reset`: PY `User.reset(password, new_password, …, reset_by_email)` posts `password`,
 *   `newPassword` and `email` (true for the e-mail reset, with no password) and reads `success`.
 * - `community/users/{u}/update` with `password`: PY `User.expire_password(temporary_password)` sets an administrator's
 *   temporary password this way, "available on ArcGIS Enterprise Only".
 * Enterprise (SAML) accounts have no portal password (PY: reset "only has an effect on built-in users").
 */

/** A password reset e-mail the portal would have sent (test mode shows them at `GET /__emulator/password-reset-emails`). */
export type PasswordResetEmail = { username: string; email: string; requested: number };

// Keyed by the database connection: every reset swaps the connection, so each test starts with no e-mails sent.
const sentResetEmails = new WeakMap<object, PasswordResetEmail[]>();

export function passwordResetEmails(store: Store): readonly PasswordResetEmail[] {
  return sentResetEmails.get(store.db) ?? [];
}

function recordResetEmail(store: Store, user: UserRow): void {
  const sent = sentResetEmails.get(store.db) ?? [];
  sent.push({ username: user.username, email: user.email, requested: Date.now() });
  sentResetEmails.set(store.db, sent);
}

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true';
}

function refuseWithoutPortalPassword(user: UserRow): void {
  if (user.provider !== 'arcgis') {
    throw arcgisErrors.badRequest(
      `Unable to reset the password of '${user.username}': the account signs in through the organization's identity provider and has no portal password.`,
    );
  }
}

function refuseWeak(password: string): void {
  const problems = passwordProblems(password);
  if (problems.length > 0) throw arcgisErrors.badRequest(`Password does not meet the password policy: ${problems.join(' ')}`, problems);
}

/**
 * Stores the new hash. An administrator's reset also signs the member out everywhere (ENT-DOC manage-members: a member
 * signed in when their password is reset "is immediately signed out").
 */
async function setPassword(store: Store, username: string, password: string, signOut: boolean): Promise<void> {
  const hash = await hashNewPassword(password);
  store.transaction(() => {
    store.prepare('UPDATE users SET password_hash = ?, modified = ? WHERE username = ?').run(hash, Date.now(), username);
    if (signOut) store.prepare('DELETE FROM tokens WHERE username = ?').run(username);
  });
}

/**
 * `password` of `community/users/{u}/update`: an administrator's temporary password for a built-in member, on ArcGIS
 * Enterprise only (refused on ArcGIS Online, where the e-mail reset is the way). Returns whether a password was set.
 */
export async function applyPasswordUpdate(context: EmulatorContext, params: Params, user: UserRow, caller: Caller): Promise<boolean> {
  const password = params.get('password');
  if (password === undefined) return false;
  requireAllowed(can.updateUsers(caller));
  if (context.store.flavor !== 'enterprise') {
    throw arcgisErrors.badRequest("Unable to update user: 'password' can be set by an administrator on ArcGIS Enterprise only.");
  }
  refuseWithoutPortalPassword(user);
  if (password === '') throw arcgisErrors.badRequest("'password' must not be empty.");
  refuseWeak(password);
  await setPassword(context.store, user.username, password, true);
  return true;
}

/** Password reset of one member (`community/users/{u}/reset`). */
export function registerUserPasswordRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'community/users/:username/reset', async ({ caller, params, path }) => {
    const user = findUser(context.store, path.username ?? '');
    if (!user) throw arcgisErrors.userNotFound();
    requireAllowed(can.isSelf(caller, user.username) || can.updateUsers(caller));
    refuseWithoutPortalPassword(user);
    // The portal e-mails the member a link to choose a new password; nothing changes until they follow it.
    if (isTrue(params.get('email'))) {
      recordResetEmail(context.store, user);
      return { success: true };
    }

    const current = params.get('password');
    const next = params.get('newPassword');
    if (!current) throw arcgisErrors.badRequest("'password' (the current password) is required unless 'email' is true.");
    if (!verifyPassword(current, user.password_hash)) throw arcgisErrors.badRequest('Incorrect password.');
    if (next === undefined || next === '') return { success: true };
    refuseWeak(next);
    await setPassword(context.store, user.username, next, false);
    return { success: true };
  });
}
