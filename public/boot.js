// Runs before the first paint (a classic script in <head>; the CSP allows no inline script). index.html
// holds the default page prerendered in each language, hidden by CSS until <html data-prerender> names
// one. This shows the visitor's language at once (and drops the others), unless the page opens a link or saved work: then the
// prerendered form would show the wrong values, so it stays hidden until src/main.tsx has rendered them.
// Either way it asks for that language's message catalog, which the entry awaits before its first
// render, while the page is still parsing (the build names the file on this script's tag).
// The language choice repeats src/ui/language.ts (src/prerender/boot.test.ts holds them together).
;(() => {
  const script = document.currentScript
  try {
    let saved = null
    try {
      saved = window.localStorage.getItem('kanikoconfig.language')
    } catch {
      // Storage disabled: the browser's languages still apply (as in src/ui/language.ts).
    }
    const preferred = navigator.languages?.length ? navigator.languages : [navigator.language]
    const language =
      saved === 'en' || saved === 'ja'
        ? saved
        : (preferred
            .map((tag) => String(tag).toLowerCase().split('-')[0])
            .find((l) => l === 'en' || l === 'ja') ?? 'en')
    const catalog = script?.getAttribute(`data-catalog-${language}`)
    if (catalog) {
      // The same request the entry's import() makes (same URL, CORS mode and credentials): it is reused.
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = catalog
      document.head.appendChild(link)
    }
    const raw = location.hash.replace(/^#/, '')
    if (raw !== '' && raw !== 'preview') return
    const storage = window.localStorage
    if (storage.getItem('kanikoconfig.config')) return
    document.documentElement.setAttribute('data-prerender', language)
    document.documentElement.lang = language
    // The other languages' trees go as soon as the parser adds them (before the first paint): their
    // ids repeat the shown tree's, which would confuse labels, anchors and assistive technology.
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node.nodeType === 1 && node.hasAttribute('data-prerendered')) {
            if (node.getAttribute('data-prerendered') !== language) node.remove()
          }
    })
    observer.observe(document.documentElement, { childList: true, subtree: true })
    document.addEventListener('DOMContentLoaded', () => observer.disconnect(), { once: true })
  } catch {
    // Storage disabled or anything unexpected: keep the prerendered page hidden; the entry renders.
  }
})()
