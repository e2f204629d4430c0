import type { FastifyInstance } from 'fastify';

import { ArcgisError } from '../plugins/arcgis-error';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { verifyPassword } from '../store/passwords';
import { issueToken } from '../store/tokens-repo';
import { findUserForSignIn, recordLogin } from '../store/users-repo';

const DEFAULT_MINUTES = 60;
const MAX_MINUTES = 20_160;

const unable = (detail: string) => new ArcgisError({ code: 400, message: 'Unable to generate token.', details: [detail] });

/** Username/password tokens for scripts (`client=referer|requestip|ip`). The token is not bound to the client. */
export function registerGenerateTokenRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(
    app,
    context,
    'generateToken',
    ({ params }) => {
      const username = params.get('username') ?? '';
      const password = params.get('password') ?? '';
      if (!username) throw unable("'username' must be specified.");
      if (!password) throw unable("'password' must be specified.");
      const user = findUserForSignIn(context.store, username);
      if (!user || !verifyPassword(password, user.password_hash)) throw unable('Invalid username or password.');
      if (user.disabled) throw unable('This account has been disabled.');
      const requested = Number(params.get('expiration'));
      const minutes = Number.isFinite(requested) && requested > 0 ? Math.min(Math.trunc(requested) || 1, MAX_MINUTES) : DEFAULT_MINUTES;
      const token = issueToken(context.store, { kind: 'generated', username: user.username, clientId: null, ttlMs: minutes * 60_000 });
      recordLogin(context.store, user.username, Date.now());
      return { token: token.token, expires: token.expires, ssl: context.config.https };
    },
    'none',
  );
}
