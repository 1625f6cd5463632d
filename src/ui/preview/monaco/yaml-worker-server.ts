import { initialize as serve } from 'monaco-editor/base/common/worker/webWorkerBootstrap'
import { WorkerTextModelSyncServer } from 'monaco-editor/editor/common/services/textModelSync/textModelSync.impl'

/**
 * Stands in for `monaco-worker-manager/worker` inside monaco-yaml's worker (see the alias in
 * vite.config.ts). The original starts Monaco's whole editor worker (diff algorithms, link and
 * colour computers, unicode highlighter: about half the worker's bytes) only to get its mirror
 * models and its "foreign module" call; monaco-yaml needs nothing else. This keeps the same
 * handshake (1st message: module id, ignored; 2nd: createData; then Monaco's RPC) and the same
 * request handler surface Monaco's client calls on a `createWebWorker` worker.
 */
export interface WorkerContext {
  readonly host: Record<string, never>
  getMirrorModels(): readonly unknown[]
}

type Factory = (ctx: WorkerContext, createData: unknown) => object

export function initialize(factory: Factory): void {
  globalThis.onmessage = () => {
    globalThis.onmessage = (message: MessageEvent) => {
      serve(() => {
        const models = new WorkerTextModelSyncServer()
        const module = Object.create(
          factory({ host: {}, getMirrorModels: () => models.getModels() }, message.data),
        ) as Record<string, unknown>
        return {
          dispose() {},
          $ping: async () => 'pong',
          getModels: () => models.getModels(),
          $acceptNewModel: (data: unknown) => models.$acceptNewModel(data),
          $acceptModelChanged: (uri: string, event: unknown) => models.$acceptModelChanged(uri, event),
          $acceptRemovedModel: (uri: string) => models.$acceptRemovedModel(uri),
          // A call of one of monaco-yaml's methods (doValidation, doHover, …) from the page.
          $fmr(method: string, args: unknown[]) {
            const fn = module[method]
            if (typeof fn !== 'function') return Promise.reject(new Error(`Missing method: ${method}`))
            try {
              return Promise.resolve(fn.apply(module, args))
            } catch (error) {
              return Promise.reject(error)
            }
          },
        }
      })
    }
  }
}
