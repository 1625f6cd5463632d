import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

/** One response the server sent: `bytes` is what went over the wire (gzip when the client asked). */
export interface Served {
  readonly path: string
  readonly status: number
  readonly bytes: number
  readonly encoding: 'gzip' | 'identity'
}

export interface BenchServer {
  readonly url: string
  readonly log: Served[]
  close(): Promise<void>
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.ttf'])

/**
 * Serves `root` on 127.0.0.1 (a free port) like a static host that gzips: each file is compressed once
 * at gzip -9 and kept in memory, so what the browser receives equals the gzip sizes the benchmark
 * reports and no compression work is timed. Source maps are not served.
 */
export async function serve(root: string): Promise<BenchServer> {
  const base = resolve(root)
  const cache = new Map<string, { raw: Buffer; gzip: Buffer | undefined }>()
  const log: Served[] = []

  const load = async (path: string) => {
    let entry = cache.get(path)
    if (!entry) {
      const raw = await readFile(path)
      entry = { raw, gzip: COMPRESSIBLE.has(extname(path)) ? gzipSync(raw, { level: 9 }) : undefined }
      cache.set(path, entry)
    }
    return entry
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const pathname = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname
    const path = normalize(join(base, decodeURIComponent(pathname)))
    const record = (status: number, bytes: number, encoding: Served['encoding']) =>
      log.push({ path: pathname.replace(/^\//, ''), status, bytes, encoding })
    if (!path.startsWith(base + sep) || path.endsWith('.map')) {
      record(404, 0, 'identity')
      res.writeHead(404).end()
      return
    }
    try {
      const { raw, gzip } = await load(path)
      const useGzip = gzip !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      const body = useGzip ? gzip : raw
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-length': body.length,
        ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
        vary: 'accept-encoding',
        'cache-control': 'no-cache',
      })
      res.end(body)
      record(200, body.length, useGzip ? 'gzip' : 'identity')
    } catch {
      record(404, 0, 'identity')
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
