import type { FastifyInstance } from 'fastify';

import { assertPortalId } from './common';
import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { categoryPaths, parseMemberCategorySchema, readMemberCategorySchema, writeMemberCategorySchema } from '../store/member-categories';
import { findUser } from '../store/users-repo';

/** Members per `updateUserCategories` call: as many as `content/updateItems` takes items (DOC; our reading). */
export const MAX_CATEGORY_USERS = 100;

type CategoryResult = { username: string; success: true } | { username: string; success: false; error: { code: number; message: string } };

const notFound = () => new ArcgisError({ code: 404, message: 'Resource does not exist or is inaccessible.', details: [] });

/**
 * The organization's member category schema (DOC member-category-schema, assign-member-category-schema,
 * delete-member-category-schema). Changing it needs `portal:admin:updateUsers` (DOC delete-member-category-schema
 * names it; the same rule for assign is our reading). Reading it takes any valid token (our choice).
 */
function registerSchemaRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'portals/:portalId/memberCategorySchema', ({ path }) => {
    assertPortalId(context, path.portalId);
    return { memberCategorySchema: readMemberCategorySchema(context.store) };
  });
  restRoute(app, context, 'portals/:portalId/assignMemberCategorySchema', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.updateUsers(caller));
    const schema = parseMemberCategorySchema(params.text('memberCategorySchema'));
    if (!schema) throw arcgisErrors.badRequest("'memberCategorySchema' must be a JSON tree of {title, categories}.");
    writeMemberCategorySchema(context.store, schema);
    return { success: true };
  });
  restRoute(app, context, 'portals/:portalId/deleteMemberCategorySchema', ({ caller, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.updateUsers(caller));
    if (readMemberCategorySchema(context.store).length === 0) throw notFound();
    writeMemberCategorySchema(context.store, []);
    return { success: true };
  });
}

type Assignment = { username: string; categories: string[] };

function readAssignments(text: string | undefined): Assignment[] | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return null;
    const valid = parsed.every((entry: unknown) => {
      const { username, categories } = (entry ?? {}) as Record<string, unknown>;
      return typeof username === 'string' && Array.isArray(categories) && categories.every((path) => typeof path === 'string');
    });
    return valid ? (parsed as Assignment[]) : null;
  } catch {
    return null;
  }
}

/**
 * `community/users/updateUserCategories`, **with `--extensions` only**: the Python API sets members' categories
 * (`UserManager.assign_categories`, answering `{username: True}` per member, issue Esri/arcgis-python-api#1500), but
 * the REST resource it calls could not be read. Path, `users=[{username, categories}]` (each member's whole list, as
 * `content/updateItems` takes items' categories) and `{results:[{username, success, error?}]}` are our reading.
 * Needs `portal:admin:updateUsers`; a path not in the schema is refused for that member.
 */
function registerAssignmentRoute(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'community/users/updateUserCategories', ({ caller, params }) => {
    if (!context.config.extensions) throw arcgisErrors.invalidUrl();
    requireAllowed(can.updateUsers(caller));
    const assignments = readAssignments(params.text('users'));
    if (!assignments || assignments.length === 0) throw arcgisErrors.badRequest("'users' must be a JSON array of {username, categories}.");
    if (assignments.length > MAX_CATEGORY_USERS) {
      throw arcgisErrors.badRequest(`At most ${String(MAX_CATEGORY_USERS)} users per request; this one has ${String(assignments.length)}.`);
    }
    const { store } = context;
    const known = new Map(categoryPaths(readMemberCategorySchema(store)).map((path) => [path.toLowerCase(), path]));
    return store.transaction(() => {
      const update = store.prepare('UPDATE users SET categories = ?, modified = ? WHERE username = ?');
      const now = Date.now();
      const results: CategoryResult[] = assignments.map(({ username, categories }) => {
        const refuse = (message: string): CategoryResult => ({ username, success: false, error: { code: 400, message } });
        const user = findUser(store, username);
        if (!user) return refuse('User does not exist or is inaccessible.');
        const unknown = categories.find((path) => !known.has(path.toLowerCase()));
        if (unknown !== undefined) return refuse(`'${unknown}' is not a category of the organization's member category schema.`);
        const paths = [...new Set(categories.map((path) => known.get(path.toLowerCase()) ?? path))];
        update.run(JSON.stringify(paths), now, user.username);
        return { username: user.username, success: true };
      });
      return { results };
    });
  });
}

export function registerMemberCategoryRoutes(app: FastifyInstance, context: EmulatorContext): void {
  registerSchemaRoutes(app, context);
  registerAssignmentRoute(app, context);
}
