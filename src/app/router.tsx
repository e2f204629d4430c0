import { createBrowserRouter, RouterProvider } from 'react-router';

import { paths } from '@/config/paths';

import { RouteErrorBoundary } from './route-error-boundary';

const router = createBrowserRouter([
  { path: paths.signIn.path, lazy: () => import('./routes/sign-in'), ErrorBoundary: RouteErrorBoundary },
  { path: paths.authCallback.path, lazy: () => import('./routes/auth-callback'), ErrorBoundary: RouteErrorBoundary },
  {
    lazy: () => import('./layout/app-shell'),
    ErrorBoundary: RouteErrorBoundary,
    children: [
      { index: true, lazy: () => import('./routes/home') },
      { path: paths.members.path, lazy: () => import('./routes/members') },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
