import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The screens a sign-in lands on: the callback, the signed-in layout, and members, home and overview. */
const FIRST_SCREENS = [
  'src/app/routes/auth-callback.tsx',
  'src/app/layout/app-shell.tsx',
  'src/app/routes/members.tsx',
  'src/app/routes/home.tsx',
  'src/app/routes/overview.tsx',
];

function withStaticImports(bundle: OutputBundle, chunk: OutputChunk, into: Set<string>) {
  if (into.has(chunk.fileName)) return;
  into.add(chunk.fileName);
  for (const fileName of chunk.imports) {
    const imported = bundle[fileName];
    if (imported?.type === 'chunk') withStaticImports(bundle, imported, into);
  }
}

/**
 * Names the first screens' code in the built index.html (`<meta name="roster-first-screen">`), minus what the page
 * itself loads, so the sign-in page can prefetch it before it sends the browser to the portal (src/app/prefetch-first-screen.ts).
 */
export function firstScreenPrefetch(): Plugin {
  let base = '/';
  return {
    name: 'roster-first-screen-prefetch',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return;
        const loadedByThePage = new Set<string>();
        withStaticImports(bundle, entry, loadedByThePage);
        const files = new Set<string>();
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk' || !output.isDynamicEntry) continue;
          if (FIRST_SCREENS.some((screen) => output.facadeModuleId?.endsWith(screen))) withStaticImports(bundle, output, files);
        }
        const hrefs = [...files].filter((file) => !loadedByThePage.has(file)).map((file) => `${base}${file}`);
        return [{ tag: 'meta', attrs: { name: 'roster-first-screen', content: hrefs.join(' ') }, injectTo: 'head' }];
      },
    },
  };
}
