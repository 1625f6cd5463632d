// The two internal Monaco modules the slim YAML worker server uses (they ship without types).
declare module 'monaco-editor/base/common/worker/webWorkerBootstrap' {
  export function initialize(factory: (server: unknown) => object): unknown
}
declare module 'monaco-editor/editor/common/services/textModelSync/textModelSync.impl' {
  export class WorkerTextModelSyncServer {
    getModels(): unknown[]
    $acceptNewModel(data: unknown): void
    $acceptModelChanged(uri: string, event: unknown): void
    $acceptRemovedModel(uri: string): void
  }
}
declare module 'monaco-editor/platform/instantiation/common/instantiation' {
  export function createDecorator(serviceId: string): unknown
}
