/// <reference lib="webworker" />
import { getProcessor, LangVariant } from 'sh-syntax'
// mvdan/sh compiled to WebAssembly: an asset of its own, fetched from the page's origin on the first import.
import wasmUrl from 'sh-syntax/main.wasm?url'
import type { ShellRequest, ShellResponse } from './shell-protocol.ts'

/**
 * sh-syntax in a worker of its own: its Go runtime (wasm_exec) defines `global`, `process` and `fs` on
 * the global object, which in the page made Monaco believe it runs in Node (and overflow the stack).
 */
const process = getProcessor(() => fetch(wasmUrl))

self.onmessage = async ({ data }: MessageEvent<ShellRequest>) => {
  let response: ShellResponse
  try {
    const file = await process(data.text, {
      variant: data.dialect === 'bash' ? LangVariant.LangBash : LangVariant.LangPOSIX,
      keepComments: true,
    })
    response = { id: data.id, ok: true, file }
  } catch (error) {
    // What parseShell reads: a ParseError's Text and Pos, or the message (`5:23: …`) of other errors.
    const { Text, Pos } = (error ?? {}) as {
      Text?: string
      Pos?: { Line: number; Col: number; Offset: number }
    }
    const message = error instanceof Error ? error.message : String(error)
    response = { id: data.id, ok: false, error: { message, Text, Pos } }
  }
  self.postMessage(response)
}
