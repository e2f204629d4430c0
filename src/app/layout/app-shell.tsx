import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { PortalUnreachable } from '@/components/portal-unreachable';
import { RosterLogo } from '@/components/roster-logo';
import { paths } from '@/config/paths';
import { useRuntimeConfig } from '@/hooks/use-runtime-config';
import { useSessionState, useSessionStore } from '@/hooks/use-session';
import { isTransientError, toAppError } from '@/lib/arcgis/arcgis-error';
import { endSession, type PortalSession } from '@/lib/arcgis/portal-session';
import { selfQueries } from '@/lib/arcgis/self-queries';
import { refetchWhileUnreachable } from '@/lib/query-client';

import { visibleNavItems } from './nav-items';
import { PrivilegeGate } from './privilege-gate';
import { SideNav } from './side-nav';
import { UserMenu } from './user-menu';

const drawerWidth = 232;

/** Layout route: everything inside needs a signed-in member; anyone else goes to sign-in and comes back. */
export function Component() {
  const sessionState = useSessionState();
  const location = useLocation();
  if (sessionState.status === 'signed-out' && sessionState.byUser) {
    return <Navigate to={paths.signIn.href(undefined, 'signed-out')} replace />;
  }
  if (sessionState.status !== 'signed-in') {
    const returnTo = location.pathname + location.search;
    const reason = sessionState.status === 'expired' ? 'expired' : undefined;
    return <Navigate to={paths.signIn.href(returnTo, reason)} replace />;
  }
  return <SignedInShell session={sessionState.session} />;
}

function SignedInShell({ session }: { session: PortalSession }) {
  const [isNavOpen, setIsNavOpen] = useState(false);
  // Both keep asking while the portal is out of reach, so the shell fills in by itself when it answers again.
  const organization = useQuery({ ...selfQueries.organization(session), refetchInterval: refetchWhileUnreachable() });
  const member = useQuery({ ...selfQueries.member(session), refetchInterval: refetchWhileUnreachable() });
  const { portals } = useRuntimeConfig();
  const portalName = portals.find((portal) => portal.portalUrl === session.portal)?.label ?? session.portal;
  const sessionStore = useSessionStore();
  const queryClient = useQueryClient();
  const items = visibleNavItems(member.data?.privileges ?? []);

  const handleSignOut = () => {
    void endSession(session).finally(() => {
      queryClient.clear();
      sessionStore.signOut(); // the guard above then shows the sign-in screen
    });
  };

  // Every screen needs the signed-in member's privileges: without them, say why instead of an empty page. One quick
  // transient failure is retried quietly; a second one (or the retries giving up) shows the notice.
  const failure = member.data ? null : member.isError ? member.error : member.failureCount >= 2 ? member.failureReason : null;
  const unreachable = failure !== null && isTransientError(failure);
  const retryMember = () => {
    void member.refetch();
    if (!organization.data) void organization.refetch();
  };
  let content: ReactNode;
  if (member.data || failure === null) {
    content = (
      <Suspense>
        <PrivilegeGate member={member.data}>
          <Outlet context={member.data} />
        </PrivilegeGate>
      </Suspense>
    );
  } else if (unreachable) {
    content = (
      <PortalUnreachable
        portal={portalName}
        message={toAppError(failure).message}
        trying={member.isFetching && member.failureCount === 0}
        onRetry={retryMember}
      />
    );
  } else {
    content = (
      <Box sx={{ p: { xs: 2, md: 4 }, maxWidth: 720 }}>
        <ErrorAlert title="Your account could not be read" message={toAppError(failure).message} onRetry={retryMember} />
      </Box>
    );
  }

  const nav = !member.data ? (
    <Box sx={{ p: 2 }} aria-hidden="true">
      <Skeleton height={36} />
      <Skeleton height={36} />
    </Box>
  ) : (
    <SideNav
      items={items}
      onNavigate={() => {
        setIsNavOpen(false);
      }}
    />
  );

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1, bgcolor: 'background.paper' }}>
        <Toolbar sx={{ gap: 1.5 }}>
          <IconButton
            edge="start"
            aria-label="Open navigation"
            onClick={() => {
              setIsNavOpen(true);
            }}
            sx={{ display: { md: 'none' } }}
          >
            <MenuIcon />
          </IconButton>
          <RosterLogo />
          <Typography component="span" sx={{ fontWeight: 700, fontSize: '1.1rem' }}>
            Roster
          </Typography>
          <Typography component="span" color="text.secondary" sx={{ borderLeft: 1, borderColor: 'divider', pl: 1.5, ml: 0.5 }} aria-label="Organization">
            {organization.data?.name ?? <Skeleton width={140} />}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <UserMenu member={member.data} username={session.username} onSignOut={handleSignOut} />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="temporary"
        open={isNavOpen}
        onClose={() => {
          setIsNavOpen(false);
        }}
        sx={{ display: { md: 'none' }, '& .MuiDrawer-paper': { width: drawerWidth } }}
      >
        {nav}
      </Drawer>
      <Drawer
        variant="permanent"
        sx={{
          display: { xs: 'none', md: 'block' },
          width: drawerWidth,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box', borderColor: 'divider' },
        }}
      >
        <Toolbar />
        {nav}
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0 }}>
        <Toolbar />
        {content}
      </Box>
    </Box>
  );
}
