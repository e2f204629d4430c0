import { createImportSession, type ImportMessage, type ImportReply, transferablesOf } from './import-session';
import { memberFileBytes } from '../core/read-member-file';

// A module worker (`new Worker(new URL('./member-import.worker.ts', import.meta.url), { type: 'module' })`) so that
// parsing and validating 50,000 rows never blocks the page; PapaParse runs here without its own `worker: true`.
// It keeps the current import; the protocol lives in `import-session.ts`. A chosen file is first sniffed (binary files
// are refused) and an Excel workbook's first sheet read as CSV; requests are answered one at a time, in order.
const session = createImportSession();
let queue = Promise.resolve();

async function answer(message: ImportMessage): Promise<ImportReply> {
  try {
    if (message.type !== 'read' && !(message.type === 'analyze' && 'bytes' in message)) return session.handle(message);
    const { bytes, workbook } = await memberFileBytes(message.bytes);
    return session.handle({ ...message, bytes, ...(workbook ? { workbook: true as const } : {}) });
  } catch (error) {
    return { id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

self.onmessage = (event: MessageEvent<ImportMessage>) => {
  queue = queue.then(async () => {
    const reply = await answer(event.data);
    self.postMessage(reply, { transfer: transferablesOf(reply) });
  });
};
