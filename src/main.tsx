import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { AppProvider } from './app/provider';
import { AppRouter } from './app/router';
import { StartupError } from './app/startup-error';
import { loadRuntimeConfig } from './config/runtime-config';
import { restoreSession } from './lib/arcgis/portal-session';

const root = createRoot(document.getElementById('root') as HTMLElement);

loadRuntimeConfig()
  .then((config) => {
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
