import type { MemberImportAnalysis, MemberImportRequest, MemberImportResponse } from './analyze-member-file';

/** Runs the parse + validate pipeline in a module worker, so even 50,000 rows never freeze the page. */
export function analyzeInWorker(request: MemberImportRequest): Promise<MemberImportAnalysis> {
  const worker = new Worker(new URL('./member-import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<MemberImportAnalysis>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<MemberImportResponse>) => {
      if (event.data.ok) resolve(event.data.analysis);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || 'The file could not be read.'));
    };
    worker.postMessage(request);
  }).finally(() => {
    worker.terminate();
  });
}
