import { createImportSession, type ImportMessage, type ImportReply, transferablesOf } from './import-session';
import { memberFileBytes } from '../core/read-member-file';

// A module worker (`new Worker(new URL('./member-import.worker.ts', import.meta.url), { type: 'module' })`) so that
// parsing and validating 50,000 rows never blocks the page; PapaParse runs here without its own `worker: true`.
// It keeps the current import; the protocol lives in `import-session.ts`. A chosen file is first sniffed (binary files
// are refused) and an Excel workbook's first sheet read as CSV; requests are answered one at a time, in order.
const session = createImportSession();
let queue = Promise.resolve();
// The reads (by id) that came from an Excel workbook, for the view their analysis answers.
const workbookReads = new Set<number>();

async function answer(message: ImportMessage): Promise<ImportReply> {
  try {
    if (message.type === 'read') {
      const { bytes, workbook } = await memberFileBytes(message.bytes);
      const reply = session.handle({ ...message, bytes });
      if (reply.ok && workbook && typeof reply.answer === 'object' && reply.answer !== null && 'id' in reply.answer) workbookReads.add(reply.answer.id);
      return reply;
    }
    if (message.type !== 'analyze') return session.handle(message);
    const { bytes, workbook } = 'bytes' in message ? await memberFileBytes(message.bytes) : { bytes: undefined, workbook: workbookReads.delete(message.read) };
    const reply = session.handle(bytes ? { ...message, bytes } : message);
    return reply.ok && workbook && typeof reply.answer === 'object' && reply.answer !== null && 'review' in reply.answer
      ? { ...reply, answer: { ...reply.answer, workbook: true } }
      : reply;
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
