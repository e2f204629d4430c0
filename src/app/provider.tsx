import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';

import type { RuntimeConfig } from '@/config/runtime-config';
import { RuntimeConfigContext } from '@/hooks/use-runtime-config';
import { SessionStoreContext } from '@/hooks/use-session';
import { isRunOpen } from '@/lib/arcgis/portal-retry';
import { forgetSession, type PortalSession } from '@/lib/arcgis/portal-session';
import { createSessionStore } from '@/lib/arcgis/session-store';
import { createQueryClient } from '@/lib/query-client';
import { theme } from '@/theme/theme';

type Props = { config: RuntimeConfig; initialSession: PortalSession | null; children: ReactNode };

export function AppProvider({ config, initialSession, children }: Props) {
  const [sessionStore] = useState(() => createSessionStore(initialSession));
  const [queryClient] = useState(() => {
    const client = createQueryClient(() => {
      // A bulk run that is open pauses on a refused sign-in and asks for a new one in place; ending the session
      // here would take the person away from it.
      if (isRunOpen()) return;
      sessionStore.expire();
      // Nothing of the ended session stays behind: cached answers, drafts, journals.
      void forgetSession().finally(() => {
        client.clear();
      });
    });
    return client;
  });
  return (
    <RuntimeConfigContext value={config}>
      <SessionStoreContext value={sessionStore}>
        <QueryClientProvider client={queryClient}>
          <ThemeProvider theme={theme}>
            <CssBaseline />
            {children}
          </ThemeProvider>
        </QueryClientProvider>
      </SessionStoreContext>
    </RuntimeConfigContext>
  );
}
