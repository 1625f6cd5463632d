import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { prerenderPlugin } from './src/prerender/plugin.ts'
import { codiconSubset } from './src/ui/preview/monaco/codicon-plugin.ts'

/** The CSP in index.html forbids inline scripts; the dev server's React refresh preamble is one. */
const noCspInDev: Plugin = {
  name: 'kanikoconfig:no-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
}

const prettierStub = new URL('./src/ui/preview/monaco/prettier-stub.ts', import.meta.url).pathname
const multiDiffStub = new URL('./src/ui/preview/monaco/multi-diff-stub.ts', import.meta.url).pathname
const quickInputStub = new URL('./src/ui/preview/monaco/quick-input-stub.ts', import.meta.url).pathname
/** A module of src/ui/preview/monaco/ that stands in for a part of Monaco the preview never runs. */
const monacoStub = (file: string) => new URL(`./src/ui/preview/monaco/${file}`, import.meta.url).pathname
const monacoSetup = new URL('./src/ui/preview/monaco/setup.ts', import.meta.url).pathname
const monacoRoot = new URL('./node_modules/monaco-editor/', import.meta.url).pathname
const yamlWorkerServer = new URL('./src/ui/preview/monaco/yaml-worker-server.ts', import.meta.url).pathname

/**
 * In the YAML worker only, the two Monaco modules that import `base/common/strings.js` get
 * `worker-strings.ts` instead (the main thread's editor needs the real module and its tables).
 */
const workerStrings: Plugin = {
  name: 'kanikoconfig:worker-strings',
  // Before Vite's own resolver, which would resolve the relative import first.
  enforce: 'pre',
  resolveId(source, importer) {
    if (!/\/strings\.js$/.test(source) || !importer) return null
    return /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/](base[\\/]common[\\/]worker[\\/]webWorker|editor[\\/]common[\\/]model[\\/]mirrorTextModel)\.js$/.test(
      importer,
    )
      ? monacoStub('worker-strings.ts')
      : null
  },
}

/**
 * sh-syntax's package.json declares `vendors/wasm_exec.js` as its side effect, but its browser entry
 * imports `wasm_exec.cjs` (the Go runtime that defines globalThis.Go): without this the bundler drops it
 * and the importer's shell parser fails with "Go is not defined".
 */
const shSyntaxGoRuntime: Plugin = {
  name: 'kanikoconfig:sh-syntax-go-runtime',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('/vendors/wasm_exec.cjs') || !importer?.includes('sh-syntax')) return null
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
    return resolved ? { ...resolved, moduleSideEffects: true } : null
  },
}

/**
 * The `yaml` package declares no `sideEffects`, so the bundler keeps a bare import of every module it
 * splits off. Its modules only define classes and functions: marking them pure lets the parser's chunk
 * (`yaml-parse`, below) load with the importer alone, not with the generator that shares `yaml`.
 */
const yamlIsPure: Plugin = {
  name: 'kanikoconfig:yaml-is-pure',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer?.includes('/node_modules/yaml/') && source !== 'yaml') return null
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
    return resolved?.id.includes('/node_modules/yaml/') ? { ...resolved, moduleSideEffects: false } : null
  },
}

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path (GitLab Pages, a file share, a CDN folder).
  base: './',
  plugins: [
    react(),
    noCspInDev,
    shSyntaxGoRuntime,
    yamlIsPure,
    prerenderPlugin(),
    codiconSubset(monacoSetup, monacoRoot),
  ],
  resolve: {
    alias: [
      // monaco-worker-manager imports the pre-0.56 deep path (stack-notes P2).
      { find: /^monaco-editor\/esm\/vs\/(.*?)(\.js)?$/, replacement: 'monaco-editor/$1' },
      // The preview is read-only and never formats: drop prettier from the YAML worker (~120 KB gzip).
      { find: /^prettier\/(standalone|plugins\/yaml|plugins\/estree)$/, replacement: prettierStub },
      // monaco-yaml's worker needs Monaco's mirror models and RPC, not the whole editor worker (~300 KB).
      { find: /^monaco-worker-manager\/worker$/, replacement: yamlWorkerServer },
      // createMultiFileDiffEditor is never called (~46 KB raw); the two-file diff editor stays.
      {
        find: /^\.\.\/\.\.\/browser\/widget\/multiDiffEditor\/multiDiffEditorWidget\.js$/,
        replacement: multiDiffStub,
      },
      // The preview imports no feature that opens a quick pick (~100 KB of lists and trees otherwise).
      { find: /^\.\/quickInput\/standaloneQuickInputService\.js$/, replacement: quickInputStub },
      // The WebGPU renderer is built only with experimentalGpuAcceleration 'on' (default off).
      {
        find: /^\.\/(gpu\/viewGpuContext|viewParts\/(viewLinesGpu\/viewLinesGpu|gpuMark\/gpuMark|rulersGpu\/rulersGpu))\.js$/,
        replacement: monacoStub('gpu-stub.ts'),
      },
      // The list service tracks workbench lists and trees; the preview builds none.
      {
        find: /^\.\.\/\.\.\/\.\.\/platform\/list\/browser\/listService\.js$/,
        replacement: monacoStub('list-service-stub.ts'),
      },
      // No toolbar of the preview has a select action or submenu.
      {
        find: /^(\.\.\/|\.\.\/\.\.\/\.\.\/base\/browser\/ui\/)selectBox\/selectBox\.js$/,
        replacement: monacoStub('select-box-stub.ts'),
      },
      // What the hover imports for features a read-only YAML preview has no provider or use for:
      // quick fixes (code actions, action widget), "View Problem" (the marker peek widget),
      // go to definition (go-to-symbol, references peek), colour picker, inlay hints, inline
      // suggestions, and the find widget (for the copy button's SimpleButton).
      {
        find: /^\.\.\/\.\.\/codeAction\/browser\/(codeAction|codeActionController)\.js$/,
        replacement: monacoStub('code-action-stub.ts'),
      },
      {
        find: /^\.\.\/\.\.\/gotoError\/browser\/gotoError\.js$/,
        replacement: monacoStub('goto-error-stub.ts'),
      },
      {
        find: /^\.\.\/\.\.\/gotoSymbol\/browser\/link\/goToDefinitionAtPosition\.js$/,
        replacement: monacoStub('goto-definition-stub.ts'),
      },
      {
        find: /^\.\.\/\.\.\/colorPicker\/browser\/hoverColorPicker\/(hoverColorPicker|hoverColorPickerParticipant)\.js$/,
        replacement: monacoStub('color-picker-stub.ts'),
      },
      {
        find: /^\.\.\/\.\.\/inlayHints\/browser\/inlayHintsHover\.js$/,
        replacement: monacoStub('inlay-hints-stub.ts'),
      },
      {
        find: /^\.\.\/\.\.\/inlineCompletions\/browser\/hintsWidget\/inlineCompletionsHintsWidget\.js$/,
        replacement: monacoStub('inline-completions-stub.ts'),
      },
      {
        find: /^\.\.\/\.\.\/find\/browser\/findWidget\.js$/,
        replacement: monacoStub('hover-copy-button.ts'),
      },
    ],
  },
  // Found late on a cold dev cache otherwise, which reloads the page (stack-notes P5).
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  worker: { format: 'es', plugins: () => [workerStrings, shSyntaxGoRuntime] },
  build: {
    target: 'es2022',
    // Monaco's lazy chunk is large by nature; the first chunk's budget is checked by the tests.
    chunkSizeWarningLimit: 4000,
    // Every browser that runs the page supports <link rel=modulepreload>; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // yaml's parser (~14 KB gzip) is used by the importer only; the generator needs its Document API.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'yaml-parse',
              test: /[\\/]node_modules[\\/]yaml[\\/]browser[\\/]dist([\\/](parse|compose)[\\/]|[\\/]public-api\.js$)/,
            },
          ],
        },
      },
    },
  },
})
