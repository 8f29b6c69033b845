// Remember the reader's explicit choice of language: the server and the language-neutral
// chooser pages follow the `lang` cookie before Accept-Language and navigator.languages.
document.querySelectorAll('.languages a[data-lang]').forEach(function (link) {
  link.addEventListener('click', function () {
    document.cookie = 'lang=' + encodeURIComponent(link.dataset.lang) + '; path=/; max-age=31536000; SameSite=Lax';
  });
});
