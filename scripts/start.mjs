#!/usr/bin/env node
// `npm start [-- --browser firefox]`: builds the extension, serves the demo newspaper on
// 127.0.0.1, and opens it in Chromium (default) or Firefox with the extension loaded.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from './demo-server.mjs';

const args = process.argv.slice(2);
const browserArg = args.includes('--browser') ? args[args.indexOf('--browser') + 1] : 'chromium';
const browser = browserArg === 'firefox' ? 'firefox' : 'chromium';
const port = Number(process.env.PORT || 8377);

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const { origin } = await startDemoServer({ port }).catch((error) => {
  console.error(`Cannot serve the demo newspaper: ${error.message}. Set PORT=… to use another port.`);
  process.exit(1);
});
const demoUrl = `${origin}/html/2022-03/31/content_5.htm`;
console.log(`\nDemo newspaper: ${demoUrl}  (index: ${origin}/)`);

function which(names) {
  for (const name of names) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return null;
}

function manualInstructions(reason) {
  console.log(`\n${reason}`);
  console.log('Load the extension by hand:');
  console.log(`  Chrome/Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked", choose ${path.resolve('dist/chrome')}`);
  console.log(`  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose ${path.resolve('dist/firefox/manifest.json')}`);
  console.log(`Then open ${demoUrl}\nThe demo server keeps running; press Ctrl+C to stop it.`);
}

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  manualInstructions('No display found (DISPLAY and WAYLAND_DISPLAY are not set), so no browser window can be opened here.');
} else if (browser === 'chromium') {
  const exe = which(['chromium', 'chromium-browser', 'google-chrome']);
  if (!exe) {
    manualInstructions('Chromium was not found (install the Debian package "chromium").');
  } else {
    const ext = path.resolve('dist/chrome');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-chromium-'));
    // Chromium refuses to start as root with its sandbox (containers, CI machines).
    const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const child = spawn(exe, [...rootOnly, `--user-data-dir=${profile}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', demoUrl], { stdio: 'inherit' });
    child.on('exit', () => process.exit(0));
  }
} else {
  const exe = which(['firefox-esr', 'firefox']);
  if (!exe) {
    manualInstructions('Firefox was not found (install the Debian package "firefox-esr").');
  } else {
    const webExt = path.resolve('node_modules/.bin/web-ext');
    const child = spawn(webExt, ['run', '--source-dir', 'dist/firefox', `--firefox=${exe}`, `--start-url=${demoUrl}`, '--no-reload'], { stdio: 'inherit' });
    child.on('exit', () => process.exit(0));
  }
}
