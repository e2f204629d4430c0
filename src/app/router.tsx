import { createBrowserRouter, RouterProvider } from 'react-router';

import { paths } from '@/config/paths';

import { RouteErrorBoundary } from './route-error-boundary';
import { RouteLoading } from './route-loading';

const shared = { ErrorBoundary: RouteErrorBoundary, HydrateFallback: RouteLoading };

const router = createBrowserRouter([
  { path: paths.signIn.path, lazy: () => import('./routes/sign-in'), ...shared },
  { path: paths.authCallback.path, lazy: () => import('./routes/auth-callback'), ...shared },
  {
    lazy: () => import('./layout/app-shell'),
    ...shared,
    children: [
      { index: true, lazy: () => import('./routes/home') },
      { path: paths.members.path, lazy: () => import('./routes/members') },
      { path: paths.memberAdd.path, lazy: () => import('./routes/member-add') },
      { path: paths.membersImport.path, lazy: () => import('./routes/members-import') },
      { path: paths.membersAddEnterprise.path, lazy: () => import('./routes/members-add-enterprise') },
      { path: paths.memberInvitations.path, lazy: () => import('./routes/member-invitations') },
      { path: paths.membersInactive.path, lazy: () => import('./routes/members-inactive') },
      { path: paths.memberOffboard.path, lazy: () => import('./routes/member-offboard') },
      { path: paths.content.path, lazy: () => import('./routes/content') },
      { path: paths.overview.path, lazy: () => import('./routes/overview') },
      { path: paths.roles.path, lazy: () => import('./routes/roles') },
      { path: paths.licenses.path, lazy: () => import('./routes/licenses') },
      { path: paths.approvals.path, lazy: () => import('./routes/approvals') },
      { path: paths.approval.path, lazy: () => import('./routes/approval') },
      { path: paths.history.path, lazy: () => import('./routes/history') },
      { path: paths.historyRun.path, lazy: () => import('./routes/history-run') },
      { path: paths.roleNew.path, lazy: () => import('./routes/role-new') },
      { path: paths.role.path, lazy: () => import('./routes/role') },
      { path: paths.roleEdit.path, lazy: () => import('./routes/role-edit') },
      { path: paths.member.path, lazy: () => import('./routes/member') },
      { path: paths.groups.path, lazy: () => import('./routes/groups') },
      { path: paths.groupsAddByKeyword.path, lazy: () => import('./routes/groups-add-by-keyword') },
      { path: paths.group.path, lazy: () => import('./routes/group') },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
