// Live reload for `errdocs serve --watch`: ask the server for the site's generation, then
// wait (long poll) until it changes and reload the page. A failed rebuild changes it too, so
// the page comes back with the error overlay; the fix brings it back clean. While the server
// is down, try again every second; a restarted server has a new generation.
(function () {
  var since = null;
  function poll() {
    var url = '/_errdocs/live' + (since === null ? '' : '?since=' + since);
    fetch(url, { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(function (generation) {
        if (since !== null && generation !== since) {
          location.reload();
          return;
        }
        since = generation;
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
