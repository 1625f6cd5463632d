// Runs before the first paint (a classic script in <head>; the CSP allows no inline script). index.html
// holds the default page prerendered in each language, hidden by CSS until <html data-prerender> names
// one. This shows the visitor's language at once, unless the page opens a link or saved work: then the
// prerendered form would show the wrong values, so it stays hidden until src/main.tsx has rendered them.
// The language choice repeats src/ui/language.ts (src/prerender/boot.test.ts holds them together).
;(() => {
  try {
    var raw = location.hash.replace(/^#/, '')
    if (raw !== '' && raw !== 'preview') return
    var storage = window.localStorage
    if (storage.getItem('kanikoconfig.config')) return
    var language = storage.getItem('kanikoconfig.language')
    if (language !== 'en' && language !== 'ja') {
      var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]
      language = 'en'
      for (var i = 0; i < preferred.length; i++) {
        var primary = String(preferred[i]).toLowerCase().split('-')[0]
        if (primary === 'en' || primary === 'ja') {
          language = primary
          break
        }
      }
    }
    document.documentElement.setAttribute('data-prerender', language)
    document.documentElement.lang = language
  } catch (_) {
    // Storage disabled or anything unexpected: keep the prerendered page hidden; the entry renders.
  }
})()
