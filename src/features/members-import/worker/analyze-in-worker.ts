import type { ImportAnswers, ImportReply, ImportRequest } from './import-session';

export type ImportWorker = {
  ask: <T extends ImportRequest>(request: T, transfer?: Transferable[]) => Promise<ImportAnswers[T['type']]>;
  terminate: () => void;
};

/**
 * One module worker for the wizard's lifetime: it parses and validates (so even 50,000 rows never freeze the page)
 * and keeps the import, answering small requests by id.
 */
export function createImportWorker(): ImportWorker {
  const worker = new Worker(new URL('./member-import.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (answer: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) pending?.resolve(reply.answer);
    else pending?.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    const error = new Error(event.message || 'The file could not be read.');
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  return {
    ask: <T extends ImportRequest>(request: T, transfer: Transferable[] = []) =>
      new Promise<ImportAnswers[T['type']]>((resolve, reject) => {
        const id = nextId;
        nextId += 1;
        waiting.set(id, { resolve: resolve as (answer: unknown) => void, reject });
        worker.postMessage({ ...request, id }, transfer);
      }),
    terminate: () => {
      // Whatever was still being asked belongs to an import the user left: it never answers.
      worker.terminate();
      waiting.clear();
    },
  };
}
