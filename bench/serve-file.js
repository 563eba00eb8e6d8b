// @ts-check
// A tiny static range server for the download bench. It runs in its own process so that its CPU
// and memory are not charged to the downloader being measured.
// Usage: node bench/serve-file.js <file>   → prints the port on stdout, serves the file at any path.
import { createReadStream, statSync } from 'node:fs'
import http from 'node:http'

const file = process.argv[2]
if (!file) throw new Error('usage: node bench/serve-file.js <file>')
const { size, mtime } = statSync(file)
const etag = `"${size.toString(16)}-${mtime.getTime().toString(16)}"`

const server = http.createServer((req, res) => {
  const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '')
  const rangeValid = range && (!req.headers['if-range'] || req.headers['if-range'] === etag)
  const start = rangeValid ? Number(range[1]) : 0
  res.setHeader('etag', etag)
  res.setHeader('accept-ranges', 'bytes')
  res.setHeader('content-type', 'video/mp4')
  if (start >= size && start > 0) {
    res.writeHead(416, { 'content-range': `bytes */${size}` }).end()
    return
  }
  res.setHeader('content-length', size - start)
  if (rangeValid) res.setHeader('content-range', `bytes ${start}-${size - 1}/${size}`)
  res.writeHead(rangeValid ? 206 : 200)
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file, { start, highWaterMark: 1 << 20 }).pipe(res)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  if (address && typeof address === 'object') process.stdout.write(`${address.port}\n`)
})
