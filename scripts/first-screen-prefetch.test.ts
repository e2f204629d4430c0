import { describe, expect, it } from 'vitest';

import { firstScreenPrefetch } from './first-screen-prefetch';

type FakeChunk = { type: 'chunk'; fileName: string; imports: string[]; isDynamicEntry: boolean; facadeModuleId: string | null };
const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null): FakeChunk => ({
  type: 'chunk',
  fileName,
  imports,
  isDynamicEntry: facadeModuleId !== null,
  facadeModuleId,
});

function metaContent(bundle: Record<string, FakeChunk>, entry: FakeChunk): string | undefined {
  const plugin = firstScreenPrefetch() as unknown as {
    configResolved: (config: { base: string }) => void;
    transformIndexHtml: { handler: (html: string, context: { bundle: unknown; chunk: unknown }) => { attrs: { content: string } }[] | undefined };
  };
  plugin.configResolved({ base: '/' });
  return plugin.transformIndexHtml.handler('', { bundle, chunk: entry })?.[0]?.attrs.content;
}

describe('firstScreenPrefetch', () => {
  it("names the first screens' chunks and what they import, minus what the page already loads and other screens", () => {
    const entry = chunk('assets/index.js', ['assets/react.js']);
    const bundle = Object.fromEntries(
      [
        entry,
        chunk('assets/react.js', []),
        chunk('assets/grid.js', ['assets/react.js']),
        chunk('assets/members.js', ['assets/grid.js', 'assets/react.js'], '/app/src/app/routes/members.tsx'),
        chunk('assets/app-shell.js', ['assets/react.js'], '/app/src/app/layout/app-shell.tsx'),
        chunk('assets/content.js', ['assets/grid.js', 'assets/transfer.js'], '/app/src/app/routes/content.tsx'),
        chunk('assets/transfer.js', []),
      ].map((output) => [output.fileName, output]),
    );
    expect(metaContent(bundle, entry)?.split(' ').sort()).toEqual(['/assets/app-shell.js', '/assets/grid.js', '/assets/members.js']);
  });
});
