import type * as Monaco from 'monaco-editor/editor'

interface LegacyWorkerOptions {
  readonly moduleId?: string
  readonly label?: string
  readonly createData?: unknown
  readonly host?: Record<string, (...args: unknown[]) => unknown>
  readonly keepIdleModels?: boolean
  readonly worker?: Worker | Promise<Worker>
}

/**
 * monaco-worker-manager (used by monaco-yaml 5.5) still calls createWebWorker({ moduleId, label,
 * createData }), which Monaco 0.57 no longer understands: without this adapter monaco-yaml silently
 * does nothing (stack-notes P1). Returns a shallow copy; the real `monaco` object is not changed.
 */
export function withLegacyCreateWebWorker(monaco: typeof Monaco): typeof Monaco {
  const create = monaco.editor.createWebWorker
  const createWebWorker = (opts: LegacyWorkerOptions) => {
    if (opts.worker)
      return create({ worker: opts.worker, host: opts.host, keepIdleModels: opts.keepIdleModels })
    const environment = globalThis.MonacoEnvironment
    if (!environment?.getWorker) throw new Error('MonacoEnvironment.getWorker is not set')
    const worker = Promise.resolve(environment.getWorker(opts.moduleId ?? '', opts.label ?? '')).then((w) => {
      // The worker's first message is its (ignored) module id, the second its createData.
      w.postMessage('ignore')
      w.postMessage(opts.createData)
      return w
    })
    return create({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels })
  }
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } } as typeof Monaco
}
