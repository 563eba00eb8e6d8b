// @ts-check
// Real Azurite (the Azure storage emulator, a devDependency) as the blob store. It checks what a
// hand-written fake would not: SAS signatures, block IDs, block lists, API headers. Requests reach
// it through the results server, which relays them so that faults can be injected in front.
import { spawn } from 'node:child_process'
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'
import { CONTAINER, blobPath } from './blob.js'
import { DEV_ACCOUNT, accountSas, blobSas } from './sas.js'

// Under a loaded machine (several suites at once) Azurite takes tens of seconds to start; this only bounds a failure.
const STARTUP_TIMEOUT_MS = 50_000

function azuriteBlobScript() {
  const require = createRequire(import.meta.url)
  const manifest = require.resolve('azurite/package.json')
  /** @type {{ bin: Record<string, string> }} */
  const pkg = require(manifest)
  return path.join(path.dirname(manifest), pkg.bin['azurite-blob'])
}

/**
 * Starts Azurite on a port the OS picks (it prints the one it got) and resolves with its origin.
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<string>}
 */
function listeningOrigin(child) {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => fail('did not start in time'), STARTUP_TIMEOUT_MS)
    /** @param {number | null} code */
    const onExit = code => fail(`exited with ${code}`)
    /** @param {string} why */
    function fail(why) {
      clearTimeout(timer)
      child.kill()
      reject(new Error(`Azurite ${why}:\n${output}`))
    }
    /** @param {Buffer} chunk */
    const collect = chunk => {
      output += chunk.toString()
      const match = /listens on (http:\/\/[\d.]+:\d+)/.exec(output)
      if (!match) return
      clearTimeout(timer)
      child.removeListener('exit', onExit)
      resolve(match[1])
    }
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    child.once('exit', onExit)
  })
}

/** @returns {Promise<import('./blob.js').BlobBackend>} */
export async function azuriteBlobs() {
  const child = spawn(
    process.execPath,
    [
      azuriteBlobScript(),
      ...['--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence', '--silent'],
      ...['--skipApiVersionCheck', '--loose', '--disableTelemetry', '--disableProductStyleUrl']
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  // An in-memory Azurite left behind by a crashed test run would live on; tie it to this process.
  const killChild = () => child.kill()
  process.once('exit', killChild)
  const origin = await listeningOrigin(child)
  const exited = new Promise(resolve => child.once('exit', resolve))

  const created = await fetch(
    `${origin}/${DEV_ACCOUNT}/${CONTAINER}?restype=container&${accountSas()}`,
    {
      method: 'PUT',
      headers: { 'x-ms-version': '2021-12-02' }
    }
  )
  if (created.status !== 201) throw new Error(`Azurite container: ${await created.text()}`)

  /**
   * @param {string} blob
   * @param {string} permissions
   */
  const direct = (blob, permissions) =>
    `${origin}${blobPath(blob)}?${blobSas({ container: CONTAINER, blob, permissions })}`

  return {
    handle(req, res) {
      return new Promise(resolve => {
        const upstream = http.request(
          `${origin}${req.url}`,
          { method: req.method, headers: { ...req.headers, host: new URL(origin).host } },
          answer => {
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            answer.pipe(res).once('finish', resolve)
          }
        )
        upstream.once('error', () => {
          res.destroy()
          resolve()
        })
        req.pipe(upstream)
      })
    },
    async read(blob) {
      const answer = await fetch(direct(blob, 'r'), { headers: { 'x-ms-version': '2021-12-02' } })
      if (answer.status === 404) return undefined
      if (!answer.ok) throw new Error(`Azurite read ${answer.status}: ${await answer.text()}`)
      return {
        bytes: Buffer.from(await answer.arrayBuffer()),
        contentType: answer.headers.get('content-type') ?? ''
      }
    },
    async remove(blob) {
      const answer = await fetch(direct(blob, 'd'), {
        method: 'DELETE',
        headers: { 'x-ms-version': '2021-12-02' }
      })
      if (answer.status !== 202 && answer.status !== 404) {
        throw new Error(`Azurite delete ${answer.status}: ${await answer.text()}`)
      }
    },
    async close() {
      process.removeListener('exit', killChild)
      child.kill()
      await exited
    }
  }
}
