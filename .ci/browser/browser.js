// What the browser checks share: a headless Debian Chromium with a fresh profile and the
// flags this closed network needs, and a TAP-like `check`.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
  console.log('ok - ' + message);
}

// Runs `body(page, context)` in a browser whose preferred language is `locale`, then closes
// it and deletes its profile whatever happened. `options` go to Playwright's launch (e.g.
// `{ javaScriptEnabled: false }`).
async function withBrowser(locale, extraArgs, body, options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'errdocs-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale,
    viewport: { width: 1280, height: 900 },
    ...options,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...extraArgs,
    ],
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.setDefaultTimeout(30000);
    await body(page, context);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

// Runs the async main of a check script, exiting 1 with the failed check's message.
function run(main) {
  main().catch((e) => {
    console.error('not ok - ' + e.message);
    process.exit(1);
  });
}

module.exports = { check, withBrowser, run };
