#!/usr/bin/env node
// Builds the extension for both browsers from one tree: dist/chrome/ and dist/firefox/ are
// loadable unpacked as they are; dist/jianbao-<browser>-<version>.zip are store-ready.
// The one manifest.json is patched per browser (background key only), and __CHROME__ /
// __FIREFOX__ build flags let esbuild strip the other browser's branches.
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));

const ENTRIES = {
  'background': 'src/background/index.ts',
  'loader': 'src/content/loader.ts',
  'annotator': 'src/content/annotator/index.ts',
  'popup/popup': 'popup/main.tsx',
  'options/options': 'options/main.tsx',
  'note-frame/note-frame': 'note-frame/main.ts',
  'clippings/clippings': 'clippings/main.tsx',
  // citeproc-js and the engine cache: only this worker loads them (pages ask the background).
  'citation/engine-worker': 'citation/engine-worker.ts',
  'viewer/viewer': 'viewer/main.ts',
};
/** Chrome only: the offscreen document that hosts the engine worker for the service worker. */
const CHROME_ENTRIES = { 'citation/offscreen': 'citation/offscreen.ts' };
const STATIC = ['_locales', 'icons', 'popup/popup.html', 'popup/popup.css', 'options/options.html', 'options/options.css',
  'note-frame/note-frame.html', 'note-frame/note-frame.css', 'clippings/clippings.html', 'clippings/book.css', 'csl',
  'viewer/viewer.html', 'viewer/viewer.css'];
const CHROME_STATIC = ['citation/offscreen.html'];
// The PDF reader's pdf.js files, from the pinned package: worker, character maps, standard fonts
// and the viewer components' style sheet with its images. Bundled, so no request leaves the
// extension; they sit next to viewer.html and only the reader page loads them.
const PDFJS_FILES = [
  ['build/pdf.worker.min.mjs', 'viewer/pdf.worker.min.mjs'],
  ['cmaps', 'viewer/cmaps'],
  ['standard_fonts', 'viewer/standard_fonts'],
  ['web/pdf_viewer.css', 'viewer/pdf_viewer.css'],
  ['web/images', 'viewer/images'],
];

function manifestFor(browser) {
  const m = structuredClone(manifest);
  if (browser === 'chrome') {
    delete m.background.scripts;
    delete m.browser_specific_settings;
  } else {
    delete m.background.service_worker;
    // The offscreen document is Chrome's; Firefox's background page starts the engine worker itself.
    m.permissions = m.permissions.filter((p) => p !== 'offscreen');
    // Firefox has no dynamic extension URLs and warns on the key; its moz-extension host is
    // already a random per-installation UUID (see docs/architecture/privacy.md).
    for (const entry of m.web_accessible_resources ?? []) delete entry.use_dynamic_url;
  }
  return m;
}

function copy(from, to) {
  if (!fs.existsSync(from)) return;
  fs.cpSync(from, to, { recursive: true, filter: (src) => !src.endsWith('.svg') || src.includes('icon') });
}

function zipDir(dir, outFile) {
  const files = {};
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(dir, full).split(path.sep).join('/')] = fs.readFileSync(full);
    }
  };
  walk(dir);
  // A fixed timestamp keeps the zip identical for identical input.
  fs.writeFileSync(outFile, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
}

async function buildBrowser(browser) {
  const out = path.join(dist, browser);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries({ ...ENTRIES, ...(browser === 'chrome' ? CHROME_ENTRIES : {}) }).map(([name, file]) => [name, path.join(root, file)])),
    outdir: out,
    bundle: true,
    format: 'iife',
    target: browser === 'chrome' ? 'chrome121' : 'firefox142',
    minify: true,
    sourcemap: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    define: {
      __CHROME__: String(browser === 'chrome'),
      __FIREFOX__: String(browser === 'firefox'),
      'process.env.NODE_ENV': '"production"',
    },
    logLevel: 'error',
  });
  for (const item of [...STATIC, ...(browser === 'chrome' ? CHROME_STATIC : [])]) copy(path.join(root, item), path.join(out, item));
  for (const [from, to] of PDFJS_FILES) fs.cpSync(path.join(root, 'node_modules/pdfjs-dist', from), path.join(out, to), { recursive: true });
  // citeproc-js is used under CPAL-1.0, whose notice must travel with the bundle that holds it.
  fs.copyFileSync(path.join(root, 'node_modules/citeproc/LICENSE'), path.join(out, 'citation/LICENSE-citeproc.txt'));
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2));
  zipDir(out, path.join(dist, `jianbao-${browser}-${manifest.version}.zip`));
  return out;
}

const started = Date.now();
for (const browser of ['chrome', 'firefox']) await buildBrowser(browser);
console.log(`built dist/chrome, dist/firefox and their zips in ${Date.now() - started} ms`);
