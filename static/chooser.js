// Language-neutral page of the static build: send the reader to the best language, as the
// server would. Order: the `lang` cookie (an earlier explicit choice), then
// navigator.languages; each tag tried exactly, then without its last subtags (fr-CA → fr),
// then any available tag of the same language (pt → pt-BR). The fragment is kept.
(function () {
  var links = Array.prototype.slice.call(document.querySelectorAll('a[data-lang]'));
  if (!links.length) { return; }
  function find(tag) {
    var lower = tag.toLowerCase();
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute('data-lang').toLowerCase() === lower) { return links[i]; }
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
      if (links[i].getAttribute('data-lang').split('-')[0].toLowerCase() === primary) { return links[i]; }
    }
    return null;
  }
  var wanted = [];
  var cookie = document.cookie.match(/(?:^|;\s*)lang=([^;]*)/);
  if (cookie) { wanted.push(decodeURIComponent(cookie[1])); }
  wanted = wanted.concat(navigator.languages || [navigator.language || '']);
  for (var i = 0; i < wanted.length; i++) {
    var link = wanted[i] && lookup(wanted[i]);
    if (link) {
      location.replace(link.getAttribute('href') + location.hash);
      return;
    }
  }
})();
