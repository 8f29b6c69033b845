// `errdocs serve --watch` in a real browser (see .ci/checks/20-browser.sh): the open page
// reloads by itself after a good rebuild, shows the error overlay after a broken one, and
// comes back clean after the fix.
// Usage: node watch.js <server base URL> <site directory> <screenshot folder>
'use strict';
const fs = require('fs');
const path = require('path');
const { check, withBrowser, run } = require('./browser');

const [base, site, shots] = process.argv.slice(2);
const ftl = path.join(site, 'locales/en/docs/staging-environment.ftl');

run(() => withBrowser('en-US', [], async (page) => {
  const original = fs.readFileSync(ftl, 'utf8');
  try {
    await page.goto(base + '/en/docs/staging-environment/');
    const title = (await page.textContent('h1')).trim();

    // A good edit: the open page reloads by itself.
    const edited = original.replace(/^title = .*$/m, 'title = Edited while you watch');
    check(edited !== original, 'the catalog has a title to edit');
    fs.writeFileSync(ftl, edited);
    await page.waitForFunction(() => document.querySelector('h1').textContent.trim() === 'Edited while you watch')
      .catch(() => {});
    check((await page.textContent('h1')).trim() === 'Edited while you watch', 'the page reloaded by itself with the edit');
    await page.screenshot({ path: path.join(shots, '4-watch-live-reload.png') });

    // A broken edit: the last good page stays, with the error over it.
    fs.writeFileSync(ftl, original.replace(/^title = .*$/m, 'title = { $unclosed'));
    await page.waitForSelector('#errdocs-overlay');
    const overlay = await page.textContent('#errdocs-overlay');
    check(overlay.includes('staging-environment.ftl:'), 'the overlay shows the file and position of the error');
    check(overlay.includes('Rebuilding the site failed'), 'the overlay speaks the page language');
    check((await page.textContent('h1')).trim() === 'Edited while you watch', 'the last good site is still served');
    await page.screenshot({ path: path.join(shots, '5-watch-error-overlay.png') });

    // The fix: the page comes back clean.
    fs.writeFileSync(ftl, original);
    await page.waitForFunction((t) => !document.getElementById('errdocs-overlay')
      && document.querySelector('h1').textContent.trim() === t, title).catch(() => {});
    check(await page.$('#errdocs-overlay') === null, 'the fix removes the overlay');
    check((await page.textContent('h1')).trim() === title, 'the fixed page shows the original title');
    await page.screenshot({ path: path.join(shots, '6-watch-fixed.png') });
  } finally {
    fs.writeFileSync(ftl, original);
  }
}));
