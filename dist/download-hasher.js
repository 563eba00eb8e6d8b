import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/shared/sha256-file.ts




/** Files are read back in pieces of this size: larger pieces did not hash a GiB any faster. */
const READ_BYTES = 1 << 20;
const readAt = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.read);
/**
 * Feeds bytes `from`..`to` of an open file to `hash`, reading through `buffer`; returns the offset it reached,
 * short of `to` when the file ended first (it was truncated meanwhile).
 */
async function hashRange(fd, hash, from, to, buffer) {
    let at = from;
    while (at < to) {
        const { bytesRead } = await readAt(fd, buffer, 0, Math.min(buffer.length, to - at), at);
        if (bytesRead === 0)
            break;
        hash.update(buffer.subarray(0, bytesRead));
        at += bytesRead;
    }
    return at;
}
/** The SHA-256 (hex) and size of a whole file. */
async function sha256File(file) {
    const handle = await open(file, 'r');
    try {
        const hash = createHash('sha256');
        const size = await hashRange(handle.fd, hash, 0, Number.MAX_SAFE_INTEGER, Buffer.allocUnsafe(READ_BYTES));
        return { sha256: hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/download/download-hasher.ts
/**
 * The part file's hasher thread (part-file.ts): SHA-256 of the bytes on disk, read back up to where it is
 * told they were written, through a descriptor the writing thread owns. Built as dist/download-hasher.js
 * (script/bundle.js).
 */



if (!external_node_worker_threads_namespaceObject.parentPort)
    throw new Error('download-hasher.js runs as a worker thread');
const port = external_node_worker_threads_namespaceObject.parentPort;
const { fd } = external_node_worker_threads_namespaceObject.workerData;
const buffer = Buffer.allocUnsafe(READ_BYTES);
let hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
let hashed = 0;
let stale = false;
// Commands are handled one after another: a reset must not land in the middle of a read.
let queue = Promise.resolve();
port.on('message', (command) => {
    queue = queue.then(() => handle(command));
});
async function handle(command) {
    if (command.type === 'reset') {
        hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        hashed = 0;
        stale = false;
    }
    else if (command.type === 'extend') {
        if (stale || hashed >= command.to)
            return;
        const reached = await hashRange(fd, hash, hashed, command.to, buffer);
        stale = reached < command.to;
        hashed = reached;
    }
    else {
        port.postMessage({ stale, hashed, sha256: hash.digest('hex') });
    }
}

