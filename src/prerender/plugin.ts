import type { IndexHtmlTransformContext, Plugin } from 'vite'

/**
 * `data-catalog-en="./assets/catalog-en-….js"` and the same for each language, on boot.js's tag:
 * the message catalog the entry awaits before its first render (src/i18n/index.ts imports it).
 */
function catalogAttributes(bundle: IndexHtmlTransformContext['bundle']): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const language of LANGUAGES) {
    const chunk = Object.values(bundle ?? {}).find(
      (file) =>
        file.type === 'chunk' && file.facadeModuleId?.endsWith(`/src/i18n/catalog-${language}.ts`) === true,
    )
    if (!chunk) throw new Error(`the build has no chunk for the ${language} catalog`)
    attributes[`data-catalog-${language}`] = `./${chunk.fileName}`
  }
  return attributes
}

/** What index.html holds in place of the prerendered trees (replaced in `vite build` only). */
export const PRERENDER_SLOT = '<div id="root"></div>'
const LANGUAGES = ['en', 'ja'] as const

/**
 * `vite build` only: renders the default page in each language (src/prerender/render.tsx, run in
 * Node through tsx like the CLI) into index.html's #root, one hidden <div data-prerendered> per
 * language; public/boot.js shows the visitor's before the first paint and src/main.tsx hydrates it.
 * `vite dev` serves the empty #root and renders on the client, as before.
 */
export function prerenderPlugin(): Plugin {
  return {
    name: 'kanikoconfig:prerender',
    apply: 'build',
    async transformIndexHtml(html, { bundle }) {
      if (!html.includes(PRERENDER_SLOT))
        throw new Error(`index.html has no ${PRERENDER_SLOT} to prerender into`)
      const { register } = await import('tsx/esm/api')
      const api = register({ namespace: `kanikoconfig-prerender-${Date.now()}` })
      try {
        const module = (await api.import(
          new URL('./render.tsx', import.meta.url).href,
          import.meta.url,
        )) as typeof import('./render.tsx')
        const trees: string[] = []
        for (const language of LANGUAGES)
          trees.push(
            `<div class="app" lang="${language}" data-prerendered="${language}">${await module.prerenderDefaultPage(language)}</div>`,
          )
        return {
          html: html.replace(PRERENDER_SLOT, `<div id="root">${trees.join('')}</div>`),
          // A classic script (the CSP allows no inline one), so it runs before the first paint: it
          // picks which prerendered tree may show. Added here, not in index.html: `vite dev` has none.
          tags: [
            // boot.js asks for the catalog of the language it picks while the page still parses.
            { tag: 'script', attrs: { src: './boot.js', ...catalogAttributes(bundle) }, injectTo: 'head' },
            // With JavaScript off the English page shows (a stylesheet: no inline style needed).
            {
              tag: 'noscript',
              children: [{ tag: 'link', attrs: { rel: 'stylesheet', href: './noscript.css' } }],
              injectTo: 'head',
            },
          ],
        }
      } finally {
        await api.unregister()
      }
    },
  }
}
