// Remember the reader's explicit choice of language: the server and the language-neutral
// chooser pages follow the `lang` cookie before Accept-Language and navigator.languages.
// `nf_lang` holds the same choice for Netlify, whose `Language=` redirect rules read it
// instead of Accept-Language (errdocs export --format netlify).
document.querySelectorAll('.languages a[data-lang]').forEach(function (link) {
  link.addEventListener('click', function () {
    var value = encodeURIComponent(link.dataset.lang) + '; path=/; max-age=31536000; SameSite=Lax';
    document.cookie = 'lang=' + value;
    document.cookie = 'nf_lang=' + value;
  });
});
