// The static build on a plain static server (see .ci/checks/25-static-browser.sh): the
// language-neutral chooser page sends each reader to their language with its script alone.
// Usage: node static.js <base URL of the server> <neutral path /docs/<slug>/> <screenshot folder>
// Environment: LOCALES (space-separated, as in errdocs.toml), DEFAULT_LOCALE.
'use strict';
const path = require('path');
const { check, withBrowser, run } = require('./browser');

const [base, neutralPath, shots] = process.argv.slice(2);
const locales = (process.env.LOCALES || '').split(/\s+/).filter(Boolean);
const defaultLocale = process.env.DEFAULT_LOCALE;
const neutral = new URL(neutralPath, base).href;
const fragment = '#description';

// Opens `url` and waits until the chooser has sent the browser on (or 10 s have passed:
// then the check that follows fails with the URL it stayed on).
async function open(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForURL((u) => u.pathname !== neutralPath, { timeout: 10000 });
  } catch (_) {
    // Stayed on the chooser: reported by the caller's check.
  }
  await page.waitForLoadState('load');
  return new URL(page.url());
}

// A browser preferring `lang` opens the neutral URL (with `cookie` set to `lang=<cookie>`
// first when given) and must land on `/<expected>/docs/<slug>/`.
async function lands(name, lang, expected, cookie) {
  await withBrowser(lang, [`--lang=${lang}`, `--accept-lang=${lang}`], async (page, context) => {
    if (cookie) {
      await context.addCookies([{ name: 'lang', value: cookie, url: base }]);
    }
    const at = await open(page, neutral + fragment);
    const how = cookie ? `cookie lang=${cookie} over --lang=${lang}` : `--lang=${lang}`;
    check(at.pathname === `/${expected}${neutralPath}`, `${how} lands on /${expected}/…: ${at.pathname}`);
    check(at.hash === fragment, `${how} keeps the fragment: ${at.hash || '(none)'}`);
    check((await page.getAttribute('html', 'lang')) === expected, `the page is in ${expected}`);
    await page.screenshot({ path: path.join(shots, `${name}.png`) });
  });
}

// The first published regional variant of a language: `pt` → `pt-BR`.
function regional(primary) {
  return locales.find((l) => l.toLowerCase().startsWith(primary + '-'));
}

run(async () => {
  check(locales.length > 1 && locales.includes(defaultLocale), `locales ${locales.join(' ')}, default ${defaultLocale}`);
  const pick = (want, fallback) => (locales.includes(want) ? want : fallback);

  // A supported language, with its region: de-DE → de.
  const de = pick('de', locales.find((l) => l !== defaultLocale && !l.includes('-')));
  await lands(`1-${de}-DE`, `${de}-DE`, de);
  // A regional variant we do not publish: fr-CA → fr.
  const fr = pick('fr', defaultLocale);
  await lands('2-fr-CA', `${fr}-CA`, fr);
  // A bare language whose regional variant we publish: pt → pt-BR (else another such pair).
  const pair = locales.find((l) => l.includes('-') && l.split('-')[0] === 'pt') || locales.find((l) => l.includes('-'));
  if (pair) {
    await lands(`3-${pair.split('-')[0]}`, pair.split('-')[0], regional(pair.split('-')[0]));
  } else {
    console.log('ok - # skip: no regional locale published');
  }
  // A language we do not publish: the default locale.
  const unsupported = ['sw', 'tlh', 'xh'].find((l) => !locales.some((x) => x.split('-')[0] === l));
  await lands(`4-${unsupported}-default`, unsupported, defaultLocale);
  // The reader's earlier choice (the `lang` cookie) wins over the browser's language.
  const chosen = pick('he', locales.find((l) => l !== de && l !== defaultLocale));
  await lands(`5-cookie-${chosen}-over-${de}`, `${de}-DE`, chosen, chosen);

  // JavaScript off: the chooser stays, with a heading and one link per language, each
  // with its name.
  await withBrowser(`${de}-DE`, [`--lang=${de}-DE`], async (page) => {
    await page.goto(neutral);
    check(new URL(page.url()).pathname === neutralPath, 'without JavaScript the chooser stays');
    check(((await page.textContent('h1')) || '').trim().length > 0, 'the chooser has a heading');
    const links = await page.$$eval('main a[hreflang]', (as) => as.map((a) => ({
      lang: a.getAttribute('hreflang'),
      href: a.getAttribute('href'),
      name: a.textContent.trim(),
      visible: a.offsetWidth > 0 && a.offsetHeight > 0,
    })));
    for (const l of locales) {
      const link = links.find((x) => x.lang === l);
      check(link && link.href === `/${l}${neutralPath}` && link.name && link.visible,
        `a visible link to ${l}: ${link ? `${link.name} → ${link.href}` : 'missing'}`);
    }
    await page.screenshot({ path: path.join(shots, '6-no-javascript-chooser.png'), fullPage: true });
  }, { javaScriptEnabled: false });

  // At 320 px no page scrolls sideways: the rate-limits overview (a wide table, long
  // URNs) in every locale.
  await withBrowser(defaultLocale, [], async (page) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const l of locales) {
      const url = new URL(`/${l}/docs/rate-limits/`, base).href;
      const res = await page.goto(url);
      if (!res || res.status() !== 200) {
        console.log(`ok - # skip: no ${url}`);
        continue;
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      check(width <= 320, `/${l}/docs/rate-limits/ fits 320 px: ${width}`);
      if (l === locales[0] || l === 'he') {
        await page.screenshot({ path: path.join(shots, `7-rate-limits-320px-${l}.png`), fullPage: true });
      }
    }
  });

  // The theme: a link's target marks its heading only (not the skip link's <main>), and a
  // right-to-left code block takes its direction line by line on the <pre> itself.
  await withBrowser(defaultLocale, [], async (page) => {
    const rtl = pick('he', null);
    const lang = rtl || defaultLocale;
    await page.goto(new URL(`/${lang}${neutralPath}#content`, base).href);
    const mainBg = await page.evaluate(() => getComputedStyle(document.querySelector('main')).backgroundColor);
    check(mainBg === 'rgba(0, 0, 0, 0)', `the skip link's target keeps its background: ${mainBg}`);
    await page.goto(new URL(`/${lang}${neutralPath}${fragment}`, base).href);
    const headingBg = await page.evaluate((id) => getComputedStyle(document.getElementById(id)).backgroundColor, fragment.slice(1));
    check(headingBg !== 'rgba(0, 0, 0, 0)', `the targeted heading is marked: ${headingBg}`);
    const bidi = await page.evaluate(() => {
      const pre = document.querySelector('pre');
      const code = pre && pre.querySelector('code');
      return pre ? [getComputedStyle(pre).unicodeBidi, code ? getComputedStyle(code).unicodeBidi : 'normal'] : [];
    });
    check(bidi[0] === 'plaintext' && bidi[1] !== 'isolate' && bidi[1] !== 'plaintext',
      `code blocks: unicode-bidi ${bidi.join(' / ')} on pre / pre code`);
    await page.screenshot({ path: path.join(shots, `8-${lang}-target-and-code.png`), fullPage: true });
  });
});
