/**
 * `npm run build:web`: bundles the browser UI with esbuild into web/dist (app.js, styles.css, print.css) and
 * copies index.html, so the server serves everything from its own origin: no CDN at run time.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const WEB_DIR = dirname(fileURLToPath(import.meta.url));

export async function buildWeb(outDir: string = join(WEB_DIR, 'dist')): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: {
      app: join(WEB_DIR, 'src/main.ts'),
      styles: join(WEB_DIR, 'styles/app.css'),
      print: join(WEB_DIR, 'styles/print.css'),
    },
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    minify: true,
    sourcemap: true,
    outdir: outDir,
    logLevel: 'warning',
    legalComments: 'linked',
  });
  for (const file of ['index.html', 'favicon.svg']) copyFileSync(join(WEB_DIR, file), join(outDir, file));
  return outDir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const out = await buildWeb();
  console.log(`Built the web UI into ${out} in ${Math.round(performance.now() - started)} ms`);
}
