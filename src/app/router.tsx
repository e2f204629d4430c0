import { createBrowserRouter, type LoaderFunctionArgs, matchRoutes, type RouteObject, RouterProvider } from 'react-router';

import { paths } from '@/config/paths';
import { callbackReturnPath, isRenewalCallback } from '@/lib/arcgis/portal-session';
import { privilegeNames } from '@/lib/arcgis/privileges';
import { safeReturnPath } from '@/lib/return-path';

import { gate } from './layout/route-gate';
import { RouteErrorBoundary } from './route-error-boundary';
import { RouteLoading } from './route-loading';

const shared = { ErrorBoundary: RouteErrorBoundary, HydrateFallback: RouteLoading };

const routes: RouteObject[] = [
  { path: paths.signIn.path, lazy: () => import('./routes/sign-in'), ...shared },
  { path: paths.authCallback.path, lazy: () => import('./routes/auth-callback'), loader: preloadReturnRoute, ...shared },
  {
    lazy: () => import('./layout/app-shell'),
    ...shared,
    children: [
      { index: true, lazy: () => import('./routes/home') },
      // Gated by the screen itself, which asks for its rows before the signed-in member is known.
      { path: paths.members.path, lazy: () => import('./routes/members') },
      { path: paths.memberAdd.path, lazy: () => import('./routes/member-add'), ...gate(privilegeNames.inviteUsers, 'Add a member', 'add members') },
      { path: paths.membersImport.path, lazy: () => import('./routes/members-import'), ...gate(privilegeNames.inviteUsers, 'Import members', 'add members') },
      {
        path: paths.membersAddEnterprise.path,
        lazy: () => import('./routes/members-add-enterprise'),
        ...gate(privilegeNames.inviteUsers, 'Add enterprise members', 'add members'),
      },
      {
        path: paths.memberInvitations.path,
        lazy: () => import('./routes/member-invitations'),
        ...gate(privilegeNames.viewUsers, 'Pending invitations', 'view members'),
      },
      {
        path: paths.membersInactive.path,
        lazy: () => import('./routes/members-inactive'),
        ...gate(privilegeNames.viewUsers, 'Inactive members', 'review inactive members'),
      },
      {
        path: paths.memberOffboard.path,
        lazy: () => import('./routes/member-offboard'),
        ...gate(privilegeNames.viewItems, 'Offboard a member', 'view members’ content'),
      },
      { path: paths.content.path, lazy: () => import('./routes/content'), ...gate(privilegeNames.viewItems, 'Content', 'view members’ content') },
      { path: paths.overview.path, lazy: () => import('./routes/overview'), ...gate(privilegeNames.viewUsers, 'Overview', 'view members') },
      { path: paths.roles.path, lazy: () => import('./routes/roles'), ...gate(privilegeNames.viewUsers, 'Roles', 'view members and their roles') },
      { path: paths.licenses.path, lazy: () => import('./routes/licenses'), ...gate(privilegeNames.manageLicenses, 'Add-on licences', 'manage licences') },
      { path: paths.approvals.path, lazy: () => import('./routes/approvals'), ...gate(privilegeNames.inviteUsers, 'Approvals', 'approve imports') },
      { path: paths.approval.path, lazy: () => import('./routes/approval'), ...gate(privilegeNames.inviteUsers, 'Import plan', 'approve imports') },
      {
        path: paths.history.path,
        lazy: () => import('./routes/history'),
        ...gate(privilegeNames.viewItems, 'History', "view all content (run records are members' items)"),
      },
      {
        path: paths.historyRun.path,
        lazy: () => import('./routes/history-run'),
        ...gate(privilegeNames.viewItems, 'Run', "view all content (run records are members' items)"),
      },
      { path: paths.roleNew.path, lazy: () => import('./routes/role-new'), ...gate(privilegeNames.manageRoles, 'New role', 'manage roles') },
      { path: paths.role.path, lazy: () => import('./routes/role'), ...gate(privilegeNames.viewUsers, 'Role', 'view members and their roles') },
      { path: paths.roleEdit.path, lazy: () => import('./routes/role-edit'), ...gate(privilegeNames.manageRoles, 'Edit role', 'manage roles') },
      { path: paths.member.path, lazy: () => import('./routes/member'), ...gate(privilegeNames.viewUsers, 'Member', 'view members') },
      { path: paths.groups.path, lazy: () => import('./routes/groups'), ...gate(privilegeNames.viewOrgGroups, 'Groups', 'view the organization’s groups') },
      {
        path: paths.groupsAddByKeyword.path,
        lazy: () => import('./routes/groups-add-by-keyword'),
        ...gate(privilegeNames.assignToGroups, 'Add members to groups by keyword', 'assign members to groups'),
      },
      { path: paths.group.path, lazy: () => import('./routes/group'), ...gate(privilegeNames.viewOrgGroups, 'Group', 'view the organization’s groups') },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
];

const router = createBrowserRouter(routes);

/** Starts loading the code of the screens `path` shows (the layout and the route), e.g. while a sign-in completes. */
export function preloadRoute(path: string) {
  for (const { route } of matchRoutes(routes, path) ?? []) {
    if (typeof route.lazy === 'function') void route.lazy();
  }
}

/** A sign-in's callback: the screen it returns to loads its code while the code is exchanged for a token, not after. */
function preloadReturnRoute({ request }: LoaderFunctionArgs) {
  const { search } = new URL(request.url);
  if (!isRenewalCallback(search)) preloadRoute(safeReturnPath(callbackReturnPath(search)));
  return null;
}

export function AppRouter() {
  return <RouterProvider router={router} />;
}
