import { createImportSession, type ImportMessage, transferablesOf } from './import-session';

// A module worker (`new Worker(new URL('./member-import.worker.ts', import.meta.url), { type: 'module' })`) so that
// parsing and validating 50,000 rows never blocks the page; PapaParse runs here without its own `worker: true`.
// It keeps the current import; the protocol lives in `import-session.ts`.
const session = createImportSession();

self.onmessage = (event: MessageEvent<ImportMessage>) => {
  const reply = session.handle(event.data);
  self.postMessage(reply, { transfer: transferablesOf(reply) });
};
