#!/usr/bin/env node
// Serves the built site (dist/) on 127.0.0.1: `npm start`, the browser tests and the benchmark use it.
// PORT selects the port (default 4173). Only files inside dist/ are ever served.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(fileURLToPath(new URL('../dist/', import.meta.url)))
const HOST = '127.0.0.1'
const PORT = Number(process.env.PORT ?? 4173)

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

/** The file for a URL path, or null when it would leave dist/. Directories map to their index.html. */
function fileFor(urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const path = normalize(join(ROOT, decoded))
  if (path !== ROOT && !path.startsWith(ROOT + sep)) return null
  return path
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  const url = new URL(req.url ?? '/', `http://${HOST}`)
  let path = fileFor(url.pathname)
  if (!path) {
    res.writeHead(400).end('bad path')
    return
  }
  try {
    let info = await stat(path)
    if (info.isDirectory()) {
      path = join(path, 'index.html')
      info = await stat(path)
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': info.size,
      'x-content-type-options': 'nosniff',
      // Hashed assets never change; the HTML always revalidates.
      'cache-control': path.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(path).pipe(res)
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
  }
})

server.on('error', (error) => {
  console.error(`kanikoconfig: cannot serve on ${HOST}:${PORT}: ${error.message}`)
  process.exit(1)
})
server.listen(PORT, HOST, () => {
  console.log(`kanikoconfig is served at http://${HOST}:${PORT}/ (Ctrl+C to stop)`)
})
