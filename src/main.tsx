import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { AppProvider } from './app/provider';
import { AppRouter } from './app/router';
import { StartupError } from './app/startup-error';
import { loadRuntimeConfig } from './config/runtime-config';
import { restoreSession } from './lib/arcgis/portal-session';
import { isFramed, restrictToPortals } from './lib/security/page-defences';

const root = createRoot(document.getElementById('root') as HTMLElement);

if (isFramed()) {
  root.render(
    <StartupError
      title="Roster does not run inside another page"
      message="Open Roster in its own browser tab: an administration console shown in a frame could be used to trick you into clicking."
    />,
  );
} else {
  loadRuntimeConfig()
    .then((config) => {
      restrictToPortals(config.portals.map((portal) => portal.portalUrl));
      root.render(
        <StrictMode>
          <AppProvider config={config} initialSession={restoreSession(config.portals)}>
            <AppRouter />
          </AppProvider>
        </StrictMode>,
      );
    })
    .catch((error: unknown) => {
      root.render(<StartupError message={error instanceof Error ? error.message : String(error)} />);
    });
}
