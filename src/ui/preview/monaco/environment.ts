import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import YamlWorker from './yaml.worker.ts?worker'

/** Workers are bundled by Vite and served from the page's own origin (CSP: worker-src 'self'). */
globalThis.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string): Worker {
    if (label === 'yaml') return new YamlWorker()
    if (label === 'editorWorkerService') return new EditorWorker()
    throw new Error(`Unknown Monaco worker label: ${label}`)
  },
}
