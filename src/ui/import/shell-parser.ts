import type { File } from 'sh-syntax'
import type { ShellDialect, ShellParser } from '../../core/import/shell/parser.ts'
import ShellWorker from './shell.worker.ts?worker'
import type { ShellRequest, ShellResponse } from './shell-protocol.ts'

let worker: Worker | undefined
let nextId = 0
const waiting = new Map<number, { resolve: (file: File) => void; reject: (error: unknown) => void }>()

function started(): Worker {
  if (worker) return worker
  const created = new ShellWorker()
  created.onmessage = ({ data }: MessageEvent<ShellResponse>) => {
    const call = waiting.get(data.id)
    waiting.delete(data.id)
    if (!call) return
    if (data.ok) call.resolve(data.file)
    else {
      // Shaped as sh-syntax throws it, for parseShell (src/core/import/shell/parser.ts).
      const { message, Text, Pos } = data.error
      call.reject(Object.assign(new Error(message), Text === undefined ? {} : { Text }, Pos ? { Pos } : {}))
    }
  }
  created.onerror = (event) => {
    // The worker could not start (its chunk or the WebAssembly did not load): every call fails, the
    // importer lists each script as not read, and the next import tries again.
    for (const call of waiting.values()) call.reject(new Error(event.message || 'the shell parser failed'))
    waiting.clear()
    created.terminate()
    worker = undefined
  }
  worker = created
  return created
}

/**
 * The importer's shell parser in the page: mvdan/sh (sh-syntax) runs in a worker, started on the first
 * import. Results are kept by text as the core's Node parser does.
 */
const cache = new Map<string, Promise<File>>()
const CACHE_LIMIT = 256

export const browserShellParser: ShellParser = (text: string, dialect: ShellDialect) => {
  const key = `${dialect}\u0000${text}`
  const cached = cache.get(key)
  if (cached) return cached
  const id = nextId++
  const result = new Promise<File>((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    const request: ShellRequest = { id, text, dialect }
    started().postMessage(request)
  })
  // A failure is not kept: the next import asks again.
  result.catch(() => cache.delete(key))
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
  cache.set(key, result)
  return result
}
