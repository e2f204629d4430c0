import { analyzeMemberFile } from './analyze-member-file';
import type { MemberImportRequest, MemberImportResponse } from './analyze-member-file';

// A module worker (`new Worker(new URL('./member-import.worker.ts', import.meta.url), { type: 'module' })`) so that
// parsing and validating 50,000 rows never blocks the page; PapaParse runs here without its own `worker: true`.
self.onmessage = (event: MessageEvent<MemberImportRequest>) => {
  let response: MemberImportResponse;
  try {
    response = { ok: true, analysis: analyzeMemberFile(event.data) };
  } catch (error) {
    response = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
