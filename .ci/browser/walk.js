// The reader's walk in a real browser (see .ci/checks/20-browser.sh).
// Usage: node walk.js <language-neutral URL from the error> <screenshot folder>
'use strict';
const path = require('path');
const { check, withBrowser, run } = require('./browser');

const [neutral, shots] = process.argv.slice(2);
const slugPath = new URL(neutral).pathname; // /docs/<slug>/

run(() => withBrowser('fr-CA', ['--lang=fr-CA', '--accept-lang=fr-CA,fr'], async (page, context) => {
    // 1. A French reader follows the URL of the error.
    await page.goto(neutral);
    const french = new URL(page.url());
    check(french.pathname === '/fr' + slugPath, 'the neutral URL lands on the French page: ' + french.pathname);
    check((await page.getAttribute('html', 'lang')) === 'fr', 'the page is in French');
    check((await page.textContent('pre code, pre')).includes('trop d’enregistrements'), 'the page quotes the French error');
    await page.screenshot({ path: path.join(shots, '1-french-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(shots, '1b-french-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // 2. The reader picks English in the language switcher.
    await Promise.all([
      page.waitForURL('**/en' + slugPath),
      page.click('.languages a[data-lang="en"]'),
    ]);
    check(new URL(page.url()).pathname === '/en' + slugPath, 'the switcher opens the English page');
    check((await page.getAttribute('html', 'lang')) === 'en', 'the page is in English');
    const cookies = await context.cookies();
    check(cookies.some((c) => c.name === 'lang' && c.value === 'en'), 'the switcher remembers the choice');
    await page.screenshot({ path: path.join(shots, '2-english-after-switch.png'), fullPage: true });

    // 3. Later, the same URL from another error: the choice wins over the browser's French.
    await page.goto('about:blank');
    await page.goto(neutral);
    check(new URL(page.url()).pathname === '/en' + slugPath, 'a later visit to the neutral URL stays English');
    await page.screenshot({ path: path.join(shots, '3-neutral-url-stays-english.png'), fullPage: true });

    // 4. A Hebrew reader: the page mirrors, and the URL inside the error stays intact.
    await page.goto(new URL('/he' + slugPath, neutral).href);
    check((await page.getAttribute('html', 'dir')) === 'rtl', 'the Hebrew page is right-to-left');
    check(await page.evaluate(() => getComputedStyle(document.body).direction === 'rtl'), 'the layout mirrors');
    const inError = (await page.textContent('pre bdi')) || '';
    check(inError === neutral, 'the URL inside the Hebrew error is intact: ' + inError);
    check(
      await page.evaluate(() => getComputedStyle(document.querySelector('pre bdi')).direction === 'ltr'),
      'the URL reads left to right inside the right-to-left page',
    );
    await page.screenshot({ path: path.join(shots, '3b-hebrew-right-to-left.png'), fullPage: true });
}));
