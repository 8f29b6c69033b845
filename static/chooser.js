// Language-neutral page of the static build: send the reader to the best language, as the
// server would. Order: the `lang` cookie (an earlier explicit choice), then
// navigator.languages; each tag tried exactly, then without its last subtags (fr-CA → fr),
// then any available tag of the same language (pt → pt-BR); none of them: the default
// locale. The fragment is kept.
// It runs in <head>, before the stylesheet, from the page's `<link rel="alternate">`s (each
// carries the local path in `data-path`): the browser leaves as soon as this has run, before
// the chooser is styled or painted, where a deferred script that read the body's links
// waited for the whole document and the stylesheet first. Without JavaScript (or with this
// file blocked) the page below is the chooser.
(function () {
  var links = Array.prototype.slice.call(document.querySelectorAll('link[rel="alternate"][hreflang][data-path]'));
  if (!links.length) { return; }
  function lang(link) { return link.getAttribute('hreflang'); }
  function find(tag) {
    var lower = tag.toLowerCase();
    for (var i = 0; i < links.length; i++) {
      if (lang(links[i]).toLowerCase() === lower) { return links[i]; }
    }
    return null;
  }
  function lookup(tag) {
    var parts = tag.split('-');
    while (parts.length) {
      var hit = find(parts.join('-'));
      if (hit) { return hit; }
      parts.pop();
    }
    var primary = tag.split('-')[0].toLowerCase();
    for (var i = 0; i < links.length; i++) {
      if (lang(links[i]).split('-')[0].toLowerCase() === primary) { return links[i]; }
    }
    return null;
  }
  var wanted = [];
  var cookie = document.cookie.match(/(?:^|;\s*)lang=([^;]*)/);
  if (cookie) { wanted.push(decodeURIComponent(cookie[1])); }
  wanted = wanted.concat(navigator.languages || [navigator.language || '']);
  var link = null;
  for (var i = 0; i < wanted.length && !link; i++) {
    link = wanted[i] ? lookup(wanted[i]) : null;
  }
  // None supported: the default locale, as the server answers (the page's own language,
  // else the first link).
  link = link || find(document.documentElement.lang || '') || links[0];
  location.replace(link.getAttribute('data-path') + location.hash);
})();
