import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';

import { RosterLogo } from '@/components/roster-logo';
import { paths } from '@/config/paths';
import { useSessionState, useSessionStore } from '@/hooks/use-session';
import { endSession, type PortalSession } from '@/lib/arcgis/portal-session';
import { selfQueries } from '@/lib/arcgis/self-queries';

import { SideNav } from './side-nav';
import { UserMenu } from './user-menu';
import { visibleNavItems } from './nav-items';

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
  const organization = useQuery(selfQueries.organization(session));
  const member = useQuery(selfQueries.member(session));
  const sessionStore = useSessionStore();
  const queryClient = useQueryClient();
  const items = visibleNavItems(member.data?.privileges ?? []);

  const handleSignOut = () => {
    void endSession(session).finally(() => {
      queryClient.clear();
      sessionStore.signOut(); // the guard above then shows the sign-in screen
    });
  };

  const nav = member.isPending ? (
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
          <Typography
            component="span"
            color="text.secondary"
            sx={{ borderLeft: 1, borderColor: 'divider', pl: 1.5, ml: 0.5 }}
            aria-label="Organization"
          >
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
        <Suspense>
          <Outlet context={member.data} />
        </Suspense>
      </Box>
    </Box>
  );
}
