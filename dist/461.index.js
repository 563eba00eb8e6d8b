export const id = 461;
export const ids = [461];
export const modules = {

/***/ 45461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderRun: () => (/* binding */ renderRun)
});

// EXTERNAL MODULE: ./src/manifest/shard.ts
var manifest_shard = __webpack_require__(64701);
// EXTERNAL MODULE: ./src/run/jobs.ts + 3 modules
var run_jobs = __webpack_require__(47671);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/manifest/guard.ts

/**
 * The spending guard: checked after cache hits and before any export, so a manifest that would render more
 * than the limit spends nothing. `limit` 0 means no limit.
 */
function checkExportBudget(needExport, limit) {
    if (limit === 0 || needExport.length <= limit)
        return;
    throw new shared_errors/* ActionError */.l(`${needExport.length} videos need an export (${needExport.join(', ')}), more than \`max-exports\` ${limit}: nothing was exported; set \`max-exports: ${needExport.length}\` (or 0 for no limit) to render them, or select fewer with \`only\`.`, { input: 'max-exports' });
}

;// CONCATENATED MODULE: ./src/manifest/pool.ts
/**
 * Runs `work` for each item, at most `maxParallel` at a time, in the items' order. A failure ends
 * that item only; every item gets an outcome, in the items' order.
 */
async function runPool(items, work, { maxParallel, failFast }) {
    const outcomes = items.map(item => ({ name: item.name, status: 'skipped' }));
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (next < items.length && !(failFast && failed)) {
            const index = next++;
            const item = items[index];
            try {
                outcomes[index] = { name: item.name, status: 'done', value: await work(item) };
            }
            catch (error) {
                failed = true;
                outcomes[index] = { name: item.name, status: 'failed', error };
            }
        }
    };
    const width = Math.max(1, Math.min(maxParallel, items.length));
    await Promise.all(Array.from({ length: width }, worker));
    return outcomes;
}

// EXTERNAL MODULE: ./src/patch/fail.ts
var fail = __webpack_require__(83956);
;// CONCATENATED MODULE: ./src/shared/reporter.ts
/** A reporter that adds a prefix to every line, e.g. the video's name when several render at once. */
function prefixed(reporter, prefix) {
    return {
        log: line => reporter.log(`${prefix}${line}`),
        warn: line => reporter.warn(`${prefix}${line}`),
        group: (name, work) => reporter.group(`${prefix}${name}`, work),
        ...(reporter.debug ? { debug: (line) => reporter.debug?.(`${prefix}${line}`) } : {}),
        ...(reporter.notice ? { notice: (line) => reporter.notice?.(`${prefix}${line}`) } : {}),
        ...(reporter.progress ? { progress: reporter.progress.bind(reporter) } : {})
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/aistudios/cleanup.ts

/**
 * Deletes a render's project once its video is delivered; true when it is gone. A failure is a warning: the
 * video is safe by then, and what is left behind is a project in the account, not a broken run.
 */
async function deleteRenderedProject(studio, projectId, reporter) {
    try {
        const count = await studio.deleteProjects([projectId]);
        reporter.log(count > 0
            ? `Deleted the rendered project ${projectId} from AI Studios (delete-rendered-project: true).`
            : `AI Studios has no project ${projectId} left to delete: it is gone already.`);
        return true;
    }
    catch (error) {
        reporter.warn(`The rendered project ${projectId} could not be deleted (${(0,shared_errors/* messageOf */.b)(error)}): the video was delivered, and the project stays in your AI Studios account; delete it in the dashboard.`);
        return false;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/shared/clock.ts
var shared_clock = __webpack_require__(66103);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(36338);
// EXTERNAL MODULE: ./src/shared/retry.ts
var retry = __webpack_require__(43091);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
;// CONCATENATED MODULE: ./src/download/verdicts.ts




const MiB = 1 << 20;
/** `bytes 100-199/1000` → {start: 100, end: 199, total: 1000}; anything malformed → undefined. */
function parseContentRange(value) {
    const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/i.exec(value?.trim() ?? '');
    if (!match)
        return undefined;
    const [start, end] = [Number(match[1]), Number(match[2])];
    const total = match[3] === '*' ? undefined : Number(match[3]);
    if (end < start || (total !== undefined && end >= total))
        return undefined;
    return { start, end, total };
}
/** A Content-Length, or undefined when missing or malformed. */
function parseLength(value) {
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
/** The total of a 416 answer, `bytes *\/1000` → 1000. */
function parseUnsatisfiedRange(value) {
    const match = /^bytes \*\/(\d+)$/i.exec(value?.trim() ?? '');
    return match ? Number(match[1]) : undefined;
}
/**
 * What `If-Range` can carry: a strong ETag, else Last-Modified. A weak ETag is not allowed there
 * (RFC 9110 §13.1.5), and a server would answer 200 to it, so it is as good as none.
 */
function validatorOf(headers) {
    const etag = headers.etag;
    if (etag && !etag.startsWith('W/'))
        return etag;
    return headers['last-modified'];
}
function rangeHeaders(offset, validator) {
    if (offset === 0)
        return {};
    return { range: `bytes=${offset}-`, ...(validator ? { 'if-range': validator } : {}) };
}
/** The only URLs fetched: https, or http when the caller allows it (the local simulator). */
function checkUrl(url, allowHttp) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new shared_errors/* ActionError */.l('The video download URL is not a valid URL.');
    }
    const ok = parsed.protocol === 'https:' || (allowHttp && parsed.protocol === 'http:');
    if (!ok) {
        throw new shared_errors/* ActionError */.l(`The video download URL must use https (got ${parsed.protocol.replace(':', '')}).`);
    }
    return parsed;
}
/** The next hop of a redirect: resolved against the current URL; https never drops to http. */
function verdicts_redirectTarget(from, location, allowHttp) {
    const next = checkUrl(new URL(location, from), allowHttp);
    if (from.protocol === 'https:' && next.protocol !== 'https:') {
        throw new ActionError(`The video download was redirected from https to ${next.protocol}; refused.`);
    }
    return next;
}
function verdicts_isRedirect(status) {
    return [301, 302, 303, 307, 308].includes(status);
}
/** An MP4 (ISO BMFF) file starts with a box whose type, bytes 4..8, is `ftyp`. */
function isMp4Start(head) {
    return head.length >= 8 && head.toString('latin1', 4, 8) === 'ftyp';
}
/** The temporary file beside `dest`, so that the final rename stays on one file system. */
function partPathFor(dest, suffix) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(dest), `.${(0,external_node_path_.basename)(dest)}.${suffix}.part`);
}
/** What to do with a response (after redirects), given what is on disk. */
function classifyResponse(status, headers, state, nowMs) {
    const validator = validatorOf(headers);
    if (status === 200) {
        return { kind: 'stream', from: 0, total: parseLength(headers['content-length']), validator };
    }
    if (status === 206)
        return classifyPartial(headers, state, validator);
    if (status === 416) {
        const total = state.total ?? parseUnsatisfiedRange(headers['content-range']);
        if (state.offset > 0 && state.offset === total)
            return { kind: 'complete' };
        return { kind: 'restart', reason: 'the server refused the range (HTTP 416)' };
    }
    if ([403, 404, 410].includes(status)) {
        return { kind: 'refresh', reason: `HTTP ${status}, the URL may have expired` };
    }
    if (status === 408 || status === 429 || (status >= 500 && status <= 599)) {
        return {
            kind: 'retry',
            reason: `HTTP ${status}`,
            delayMs: parseRetryAfter(headers['retry-after'], nowMs)
        };
    }
    return { kind: 'fail', reason: `the server answered HTTP ${status}` };
}
function classifyPartial(headers, state, validator) {
    const range = parseContentRange(headers['content-range']);
    if (!range)
        return { kind: 'restart', reason: 'a 206 answer without a valid Content-Range' };
    if (range.start !== state.offset) {
        return {
            kind: 'restart',
            reason: `the server resumed at byte ${range.start} instead of ${state.offset}`
        };
    }
    if (state.total !== undefined && range.total !== state.total) {
        return { kind: 'restart', reason: `the file's length changed to ${range.total ?? 'unknown'}` };
    }
    // A server that honours Range but ignores If-Range would splice two files; the ETag shows it.
    if (state.validator?.startsWith('"') && headers.etag && headers.etag !== state.validator) {
        return { kind: 'restart', reason: 'the file changed (different ETag)' };
    }
    const kept = state.validator ?? validator;
    return { kind: 'stream', from: range.start, total: range.total, validator: kept };
}
/**
 * A failed attempt counts as progress only when it added a real share of the file: at least 1/64 of
 * the length (1 MiB when the length is unknown). Any byte at all would let a server that always
 * sends a few bytes then cuts be retried until the deadline; with this, at most 64 such attempts
 * can each reset the count, so the whole is bounded whatever the server does.
 */
function isProgress(added, total) {
    return added > 0 && added >= (total === undefined ? MiB : Math.ceil(total / 64));
}
function progressLine(bytes, total, rate) {
    const speed = `${(rate / MiB).toFixed(1)} MiB/s`;
    if (total === undefined || total === 0)
        return `Downloaded ${(0,format/* formatBytes */.z)(bytes)}, ${speed}`;
    const percent = Math.floor((bytes / total) * 100);
    return `Downloaded ${(0,format/* formatBytes */.z)(bytes)} of ${(0,format/* formatBytes */.z)(total)} (${percent} %), ${speed}`;
}

;// CONCATENATED MODULE: ./src/download/http.ts



const MAX_REDIRECTS = 5;
/** Ends an attempt but not the download. */
class http_TransientError extends Error {
    delayMs;
    constructor(message, delayMs) {
        super(message);
        this.delayMs = delayMs;
    }
}
async function get(url, headers, settings) {
    // No Authorization header: the AI Studios token never goes to this host.
    const answer = await request(url, {
        dispatcher: settings.dispatcher,
        signal: settings.signal,
        headers: { 'accept-encoding': 'identity', 'user-agent': 'aistudios-render', ...headers },
        headersTimeout: settings.idleTimeoutMs,
        bodyTimeout: settings.idleTimeoutMs
    }).catch((error) => {
        throw idleOr(error, settings);
    });
    return { statusCode: answer.statusCode, headers: answer.headers, body: answer.body };
}
/** Drops a body not wanted; undici reports a destroyed body as an error, which nobody awaits here. */
function discard(answer) {
    answer.body.on('error', () => { });
    answer.body.destroy();
}
/** undici's timeouts, as the reason a user reads; anything else unchanged. */
function idleOr(error, settings) {
    return error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError
        ? new http_TransientError(`no data for ${settings.idleTimeoutMs / 1000} s`)
        : error;
}
async function getFollowingRedirects(url, headers, settings) {
    let current = url;
    for (let hop = 0;; hop++) {
        const response = await get(current, headers, settings);
        const location = response.headers.location;
        if (!isRedirect(response.statusCode) || typeof location !== 'string')
            return response;
        discard(response);
        if (hop === MAX_REDIRECTS) {
            throw new ActionError(`The video download URL redirected more than ${MAX_REDIRECTS} times.`);
        }
        current = redirectTarget(current, location, settings.allowHttp);
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/download/wire.ts
/**
 * What the download's two threads say to each other. The main thread keeps the attempt loop (retries, fresh
 * URLs, backoff); the worker owns the socket, the part file and the hash, and reads each answer's verdict
 * (see transfer.ts for why).
 */


/** The worker thread's young generation, which its collections are paced by (download-worker.ts). */
const YOUNG_GENERATION_MB = 1;
function toWire(error) {
    if (error instanceof ActionError)
        return { kind: 'action', message: error.message };
    if (error instanceof TransientError)
        return { kind: 'transient', message: error.message, delayMs: error.delayMs };
    return { kind: 'other', message: messageOf(error) };
}
/** The error as the attempt loop tells them apart: ActionError ends the download, the rest end an attempt. */
function fromWire(error) {
    if (error.kind === 'action')
        return new shared_errors/* ActionError */.l(error.message);
    if (error.kind === 'transient')
        return new http_TransientError(error.message, error.delayMs);
    return new Error(error.message);
}

;// CONCATENATED MODULE: ./src/download/thread-script.ts
/**
 * The script of one of the download's threads (`download-worker`, `download-hasher`). Beside the bundle
 * (dist/) and beside this module in a tsc build, it is `<name>.js`; the sources (under Jest) cannot run on a
 * thread of their own, so they use the bundled one, which Jest's global setup rebuilds whenever it is not the
 * build of the current sources.
 */
function threadScript(name, here = import.meta.url) {
    return here.endsWith('.ts')
        ? new URL(`../../dist/${name}.js`, here)
        : new URL(`./${name}.js`, here);
}

;// CONCATENATED MODULE: ./src/download/transfer.ts
/**
 * The download's I/O, run on a worker thread (download-worker.ts) and driven from here, one command at a
 * time. Receiving, writing and hashing a large file on the main thread, beside the action's other heap,
 * pushed V8 into back-to-back full collections in about half of the runs (1 GiB: 1.7–2.1 s instead of
 * ~1.0 s); on a thread of their own, none of 12 runs slowed down.
 */





class Transfer {
    worker;
    path;
    signal;
    onProgress;
    /** The bytes on disk, as of the worker's last word. */
    size = 0;
    pending;
    nextId = 0;
    stopped;
    onAbort = () => this.worker.postMessage({ type: 'abort' });
    constructor(worker, path, signal, onProgress) {
        this.worker = worker;
        this.path = path;
        this.signal = signal;
        this.onProgress = onProgress;
        worker.on('message', (message) => this.hear(message));
        worker.on('error', error => this.stop(error));
        worker.on('exit', code => this.stop(new Error(`it exited with code ${code}`)));
        signal.addEventListener('abort', this.onAbort, { once: true });
    }
    /** Starts the worker and creates the part file; `onProgress` hears every write. */
    static async open(settings, signal, onProgress) {
        const transfer = new Transfer(new external_node_worker_threads_.Worker(threadScript('download-worker'), {
            // The environment as it is now: the proxy variables a download reads when it starts.
            env: process.env,
            // A small young generation: the worker paces its collections by it (see download-worker.ts).
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
        }), settings.path, signal, onProgress);
        try {
            await transfer.ask({ type: 'open', settings });
        }
        catch (error) {
            await transfer.close();
            throw error;
        }
        return transfer;
    }
    /**
     * Sends the GET (following redirects) and returns the verdict on its answer, given the bytes on disk and
     * what `known` says of the file. A body to stream is being written when this returns (the file emptied
     * first when it starts at 0); any other body is thrown away.
     */
    get(url, headers, known, nowMs) {
        return this.ask({ type: 'get', url: url.href, headers, known, nowMs });
    }
    /** Waits until the body being streamed has ended. */
    async receive() {
        await this.ask({ type: 'receive' });
    }
    /** Empties the part file and its hash. */
    async restart() {
        await this.ask({ type: 'restart' });
    }
    /** Checks the MP4 start, closes the file and returns its SHA-256. */
    async finish() {
        try {
            return (await this.ask({ type: 'finish' }));
        }
        finally {
            await this.close();
        }
    }
    /** Removes the part file and ends the worker. */
    async discard() {
        try {
            await this.ask({ type: 'discard' });
        }
        catch {
            // A worker that died leaves its file behind: it is removed here.
        }
        finally {
            await this.close();
            await (0,promises_.rm)(this.path, { force: true });
        }
    }
    ask(command) {
        if (this.stopped)
            return Promise.reject(this.stopped);
        return new Promise((resolve, reject) => {
            this.pending = { resolve, reject };
            this.worker.postMessage({ ...command, id: ++this.nextId });
        });
    }
    hear(message) {
        this.size = message.size;
        if (message.type === 'progress')
            return this.onProgress(message.size);
        const pending = this.pending;
        if (message.id !== this.nextId || !pending)
            return;
        this.pending = undefined;
        if (message.type === 'done')
            pending.resolve(message.value);
        else
            pending.reject(fromWire(message.error));
    }
    stop(cause) {
        this.stopped ??= new shared_errors/* ActionError */.l(`The download's worker thread stopped: ${(0,shared_errors/* messageOf */.b)(cause)}.`);
        this.pending?.reject(this.stopped);
        this.pending = undefined;
    }
    async close() {
        this.signal.removeEventListener('abort', this.onAbort);
        this.stopped ??= new Error('the download is over');
        await this.worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/download/index.ts
/**
 * The video download: one MP4 from a vendor URL to a file, resumable, verified and hashed, with
 * no credentials sent. Pure decisions (what a response means, how long to wait) are exported for
 * unit tests; the I/O (HTTP, the part file and its hash) runs on a worker thread driven through
 * Transfer, one command at a time, by the attempt loop here, which acts on the verdicts the worker
 * reads from each answer.
 */










const MAX_ATTEMPTS = 6;
const MAX_URL_REFRESHES = 2;
const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
const PROGRESS_INTERVAL_MS = 5_000;
// ─── The download ──────────────────────────────────────────────────────────────────────────────
/**
 * Downloads an MP4 to `dest`: streamed to a temporary file beside it, resumed with Range/If-Range
 * after a cut, verified (length, `ftyp`) and hashed, then renamed into place. On any failure
 * nothing is left behind and an existing `dest` is untouched.
 */
async function downloadVideo(options) {
    const { dest, signal } = options;
    signal.throwIfAborted();
    const url = checkUrl(options.url, options.allowHttp ?? false);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true }).catch((error) => {
        throw new shared_errors/* ActionError */.l(`Cannot create the folder for ${dest}: ${(0,shared_errors/* messageOf */.b)(error)}`);
    });
    const clock = options.clock ?? shared_clock/* systemClock */.m;
    const progress = new Progress(clock, options.log ?? (() => { }), options.onProgress);
    const file = await Transfer.open({
        path: partPathFor(dest, (0,external_node_crypto_.randomBytes)(6).toString('hex')),
        allowHttp: options.allowHttp ?? false,
        idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
    }, signal, bytes => progress.update(bytes)).catch((error) => {
        if (error instanceof shared_errors/* ActionError */.l)
            throw error;
        throw new shared_errors/* ActionError */.l(`Cannot write the video beside ${dest}: ${(0,shared_errors/* messageOf */.b)(error)}`);
    });
    try {
        await attempts(file, url, options, { clock, progress });
        const sha256 = await file.finish();
        await (0,promises_.rename)(file.path, dest).catch((error) => {
            throw new shared_errors/* ActionError */.l(`Cannot move the video into place at ${dest}: ${(0,shared_errors/* messageOf */.b)(error)}`);
        });
        return { path: dest, size: file.size, sha256 };
    }
    catch (error) {
        await file.discard();
        throw signal.aborted ? signal.reason : error;
    }
}
/**
 * The attempt loop, with the one retry policy: returns when every byte is on disk. Each attempt resumes
 * where the last one was cut, and the failures are counted since the last real progress (a few bytes per
 * attempt is none, see isProgress), so a long download over a flaky link may resume many times.
 */
async function attempts(file, url, options, { clock, progress }) {
    const { signal, warn = () => { } } = options;
    const context = {
        signal,
        allowHttp: options.allowHttp ?? false,
        clock,
        progress,
        warn,
        refreshUrl: options.refreshUrl
    };
    const session = { url, refreshes: 0, total: undefined, validator: undefined };
    let added = 0;
    const once = async () => {
        const before = file.size;
        try {
            // A refreshed URL is asked for again at once, not after a wait.
            while (!(await attempt(file, session, context)))
                ;
        }
        finally {
            added = file.size - before;
        }
    };
    try {
        await (0,retry/* retry */.L)(once, {
            attempts: MAX_ATTEMPTS,
            classify: error => error instanceof shared_errors/* ActionError */.l
                ? false
                : {
                    afterMs: error instanceof http_TransientError ? error.delayMs : undefined,
                    progressed: isProgress(added, session.total)
                },
            clock,
            signal,
            random: options.random,
            onRetry: (error, delayMs, next) => warn(`Download interrupted at ${(0,format/* formatBytes */.z)(file.size)} (${(0,shared_errors/* messageOf */.b)(error)}); retrying in ` +
                `${(delayMs / 1000).toFixed(1)} s (attempt ${next} of ${MAX_ATTEMPTS}).`)
        });
    }
    catch (error) {
        if (error instanceof shared_errors/* ActionError */.l || signal.aborted)
            throw error;
        throw givenUp(error, added > 0, file.size, session.total);
    }
}
/** The error once MAX_ATTEMPTS attempts in a row made no real progress. */
function givenUp(error, trickled, size, total) {
    const short = trickled && total !== undefined
        ? ` The server keeps sending fewer bytes than its Content-Length promises (${(0,format/* formatBytes */.z)(size)} ` +
            `of ${(0,format/* formatBytes */.z)(total)} on disk); try again later or check the download host.`
        : '';
    return new shared_errors/* ActionError */.l(`Downloading the video failed after ${MAX_ATTEMPTS} attempts without progress: ${(0,shared_errors/* messageOf */.b)(error)}.${short}`);
}
/** One request and its body: true when the file is complete, false to ask again at once. */
async function attempt(file, session, context) {
    const offset = file.size;
    const known = { total: session.total, validator: session.validator };
    const headers = rangeHeaders(offset, known.validator);
    const verdict = await file.get(session.url, headers, known, context.clock.now());
    switch (verdict.kind) {
        case 'stream': {
            if (verdict.from < offset) {
                context.warn('The server sent the whole file instead of the rest; starting again from 0.');
            }
            session.total = verdict.total;
            session.validator = verdict.validator;
            const { progress } = context;
            progress.expect(verdict.total, file.size);
            await file.receive();
            if (verdict.total !== undefined && file.size < verdict.total) {
                throw new http_TransientError(`the body ended at byte ${file.size} of ${verdict.total}`);
            }
            progress.done(file.size);
            return true;
        }
        case 'complete':
            return true;
        case 'restart':
            await file.restart();
            throw new http_TransientError(verdict.reason);
        case 'refresh':
            if (!context.refreshUrl || session.refreshes === MAX_URL_REFRESHES) {
                throw new shared_errors/* ActionError */.l(`Downloading the video failed: ${verdict.reason}.`);
            }
            session.refreshes++;
            context.warn(`The download URL was rejected (${verdict.reason}); asking for a fresh one.`);
            session.url = checkUrl(await context.refreshUrl(context.signal), context.allowHttp);
            return false;
        case 'retry':
            throw new http_TransientError(verdict.reason, verdict.delayMs);
        case 'fail':
            throw new shared_errors/* ActionError */.l(`Downloading the video failed: ${verdict.reason}.`);
    }
}
/** A progress line at every 10 % and at least every 5 s. */
class Progress {
    clock;
    log;
    onProgress;
    /** The first answer: the rate leaves out the worker thread's start (~0.1 s, a third of a 100 MiB transfer). */
    started;
    lastLineAt;
    lastDecile = 0;
    total;
    constructor(clock, log, onProgress) {
        this.clock = clock;
        this.log = log;
        this.onProgress = onProgress;
        this.lastLineAt = clock.now();
    }
    /** Sets the length to expect, from `bytes` on (the start of a response). */
    expect(total, bytes) {
        this.started ??= this.clock.now();
        this.total = total;
        this.lastDecile = total ? Math.floor((bytes / total) * 10) : 0;
    }
    update(bytes) {
        this.onProgress?.(bytes, this.total);
        const now = this.clock.now();
        const decile = this.total ? Math.floor((bytes / this.total) * 10) : 0;
        if (decile > this.lastDecile || now - this.lastLineAt >= PROGRESS_INTERVAL_MS) {
            this.lastDecile = decile;
            this.lastLineAt = now;
            this.log(progressLine(bytes, this.total, this.rate(bytes, now)));
        }
    }
    /** The closing line, unless the 100 % line was just written. */
    done(bytes) {
        if (this.lastDecile < 10) {
            this.log(progressLine(bytes, this.total, this.rate(bytes, this.clock.now())));
        }
    }
    rate(bytes, now) {
        return bytes / (Math.max(now - (this.started ?? now), 1) / 1000);
    }
}

;// CONCATENATED MODULE: ./src/download/mp4-facts.ts


/** Reads `length` bytes at `position`; fewer at the end of the file. */
async function readAt(file, position, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
}
/**
 * The child boxes of the range [start, end), read header by header so a multi-gigabyte `mdat` is skipped,
 * never loaded: size 1 means a 64-bit largesize follows the type, size 0 means "to the end of the range".
 */
async function* boxes(file, start, end) {
    let position = start;
    while (position + 8 <= end) {
        const header = await readAt(file, position, 16);
        if (header.length < 8)
            return;
        let size = header.readUInt32BE(0);
        const type = header.toString('latin1', 4, 8);
        let headerLength = 8;
        if (size === 1) {
            if (header.length < 16)
                return;
            size = Number(header.readBigUInt64BE(8));
            headerLength = 16;
        }
        else if (size === 0) {
            size = end - position;
        }
        if (size < headerLength || position + size > end) {
            throw new shared_errors/* ActionError */.l(`The MP4 is damaged: box '${type}' at byte ${position} claims ${size} bytes.`);
        }
        yield { type, start: position + headerLength, end: position + size };
        position += size;
    }
}
async function child(file, parent, type) {
    for await (const box of boxes(file, parent.start, parent.end))
        if (box.type === type)
            return box;
    return undefined;
}
/** `mvhd` v0 has 32-bit times and duration, v1 64-bit: the timescale sits after creation and modification. */
async function movieDuration(file, mvhd) {
    const payload = await readAt(file, mvhd.start, 32);
    const version = payload.readUInt8(0);
    const timescale = version === 1 ? payload.readUInt32BE(20) : payload.readUInt32BE(12);
    const units = version === 1 ? Number(payload.readBigUInt64BE(24)) : payload.readUInt32BE(16);
    return timescale === 0 ? 0 : Math.round((units / timescale) * 1000) / 1000;
}
/** `tkhd` ends with width and height as 16.16 fixed point, after a version-dependent header. */
async function trackFrame(file, tkhd) {
    const version = (await readAt(file, tkhd.start, 1)).readUInt8(0);
    const offset = version === 1 ? 88 : 76;
    const frame = await readAt(file, tkhd.start + offset, 8);
    if (frame.length < 8)
        throw new shared_errors/* ActionError */.l('The MP4 is damaged: its video track header is truncated.');
    return {
        width: Math.round(frame.readUInt32BE(0) / 65536),
        height: Math.round(frame.readUInt32BE(4) / 65536)
    };
}
async function handlerType(file, trak) {
    const mdia = await child(file, trak, 'mdia');
    const hdlr = mdia && (await child(file, mdia, 'hdlr'));
    if (!hdlr)
        return undefined;
    // version+flags (4), pre_defined (4), then the handler type.
    return (await readAt(file, hdlr.start + 8, 4)).toString('latin1');
}
/** The duration and frame of the MP4 at `file`, found wherever its `moov` is (before or after `mdat`). */
async function readMp4Facts(file) {
    const { size } = await file.stat();
    let moov;
    for await (const box of boxes(file, 0, size))
        if (box.type === 'moov')
            moov = box;
    if (!moov)
        throw new shared_errors/* ActionError */.l('The downloaded file is not a playable MP4: it has no movie box (moov).');
    const mvhd = await child(file, moov, 'mvhd');
    const duration = mvhd ? await movieDuration(file, mvhd) : 0;
    if (duration <= 0)
        throw new shared_errors/* ActionError */.l('The downloaded MP4 has a zero duration: the render is empty.');
    for await (const trak of boxes(file, moov.start, moov.end)) {
        if (trak.type !== 'trak' || (await handlerType(file, trak)) !== 'vide')
            continue;
        const tkhd = await child(file, trak, 'tkhd');
        if (tkhd)
            return { duration, ...(await trackFrame(file, tkhd)) };
    }
    throw new shared_errors/* ActionError */.l('The downloaded MP4 has no video track.');
}
/** The frames each `resolution` input may produce: landscape or portrait of the vendor's 16:9 sizes. */
const FRAMES = {
    '4k': [[3840, 2160]],
    '1080': [[1920, 1080]],
    '720': [[1280, 720]],
    '480': [
        [854, 480],
        [640, 480]
    ]
};
/** A warning when the frame does not match the requested resolution, else undefined. */
function frameMismatch(resolution, facts) {
    const frames = FRAMES[resolution];
    if (!frames)
        return undefined;
    const matches = frames.some(([w, h]) => (facts.width === w && facts.height === h) || (facts.width === h && facts.height === w));
    if (matches)
        return undefined;
    const expected = frames.map(([w, h]) => `${w}x${h} or ${h}x${w}`).join(' or ');
    return `The video is ${facts.width}x${facts.height} but resolution ${resolution} asks for ${expected}.`;
}
/** The facts of the MP4 at `file`, with a warning when its frame is not the requested resolution's. */
async function checkVideo(file, resolution, warn) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const facts = await readMp4Facts(handle);
        const mismatch = frameMismatch(resolution, facts);
        if (mismatch)
            warn(mismatch);
        return facts;
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/render/wait.ts + 1 modules
var wait = __webpack_require__(32432);
// EXTERNAL MODULE: ./src/shared/deadline.ts + 1 modules
var deadline = __webpack_require__(52132);
// EXTERNAL MODULE: ./src/run/companions.ts + 2 modules
var run_companions = __webpack_require__(16198);
;// CONCATENATED MODULE: ./src/run/make.ts









/** A failure after the render may have been paid for: the render to resume comes with it. */
class FailedAfterExport extends Error {
    failure;
    renderId;
    constructor(failure, renderId) {
        super('failed after the export');
        this.failure = failure;
        this.renderId = renderId;
    }
}
/**
 * Start or resume, wait, download (or reuse the cached video), check, deliver, then fill the cache. Once a
 * render is started or resumed, a failure comes as `FailedAfterExport`, naming it.
 */
async function makeVideo(ready, context) {
    const { job, source, contentHash: hash } = ready;
    const { studio, signal, reporter, cache } = context;
    const cached = source.kind === 'cached-video';
    let renderId = cached ? undefined : source.kind === 'resume' ? source.renderId : undefined;
    try {
        const { created, ...got } = cached
            ? await reuseCachedVideo(source.hit, ready.videoPath, studio, reporter)
            : await renderAndDownload(ready, renderId, context, id => (renderId = id));
        // Before delivery: a file with no picture is never published, nor left where the video was promised.
        const facts = await checkVideo(got.video.path, job.settings.resolution, reporter.warn).catch(async (error) => {
            await promises_default().rm(got.video.path, { force: true });
            throw error;
        });
        const companions = await (0,run_companions/* makeCompanions */.Mz)(ready.companions, got.video, facts.duration, source.kind === 'cached-video' ? source.hit.companions : [], signal, reporter);
        const { deliverVideo } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2307));
        const delivered = await reporter.group('Delivering the video', () => (0,deadline/* within */.ux)(job.uploadTimeoutMs, context.cancelled ?? signal, () => new shared_errors/* ActionError */.l(`The upload did not finish within \`upload-timeout-minutes\` (${job.uploadTimeoutMs / 60_000}).`, { input: 'upload-timeout-minutes' }), bound => deliverVideo(ready.delivery, got.video, reporter.log, bound, companions)).catch((error) => {
            if (!(error instanceof deadline/* StoppedError */.Ko))
                throw error;
            throw new shared_errors/* ActionError */.l(`${error.message} The video was downloaded but not delivered: it is at ${external_node_path_default().relative(job.workspace, got.video.path)}.`, error.details);
        }));
        // After delivery: the user's video comes first, and a slow cache must not hold it up. A resumed
        // `resume-project-id` is the user's own render, not this content's: it is not cached.
        if (cache && !got.cacheHit && !job.resumeProjectId)
            await cache.saveVideo(hash, got.video, {
                projectId: got.renderedProjectId,
                resolution: got.resolution,
                downloadUrl: got.downloadUrl
            }, companions);
        const projectDeleted = job.deleteRenderedProject === true &&
            created &&
            (await deleteRenderedProject(studio, got.renderedProjectId, reporter));
        return {
            ...got,
            projectDeleted,
            facts,
            videoPath: external_node_path_default().relative(job.workspace, got.video.path),
            companions: companions.map(each => ({
                name: each.kind.name,
                path: external_node_path_default().relative(job.workspace, each.path)
            })),
            delivery: delivered
        };
    }
    catch (error) {
        throw renderId === undefined ? error : new FailedAfterExport(error, renderId);
    }
}
/** `resumeId` undefined: export now (the one call that spends credits). */
async function renderAndDownload(ready, resumeId, context, started) {
    const { job, contentHash: hash } = ready;
    const { studio, signal, reporter, cache } = context;
    const renderId = resumeId ?? (await studio.startExport(ready.request));
    // The render's pace is learnt from here: the export request's own retries are not render time.
    const startedAt = context.clock.now();
    started(renderId);
    reporter.log(resumeId
        ? `Resuming the render of project ${renderId}.`
        : `Export started: project ${renderId}.`);
    if (cache && !resumeId)
        await cache.saveRender(hash, renderId);
    const done = await reporter.group(`Rendering project ${renderId}`, () => (0,wait/* waitForRender */.ht)({
        progress: id => studio.progress(id),
        projectId: renderId,
        startedAt,
        // Only a render exported just now may not be registered yet; a resumed one was, in an earlier run.
        graceMs: resumeId ? 0 : undefined,
        deadline: context.deadline,
        signal,
        clock: context.clock,
        log: reporter.log,
        warn: reporter.warn,
        onProgress: percent => reporter.progress?.('render', percent, 100)
    }));
    const renderMs = context.clock.now() - startedAt;
    const video = await reporter.group('Downloading the video', () => downloadVideo({
        url: done.downloadUrl,
        dest: ready.videoPath,
        signal,
        allowHttp: context.allowHttp,
        refreshUrl: () => freshDownloadUrl(studio, renderId),
        clock: context.clock,
        log: reporter.log,
        warn: reporter.warn,
        onProgress: (bytes, total) => reporter.progress?.('download', bytes, total)
    }));
    return {
        renderedProjectId: renderId,
        resolution: job.settings.resolution,
        renderMs,
        downloadUrl: done.downloadUrl,
        video,
        cacheHit: false,
        // Only the edited copy is this run's own: route C renders the source project itself.
        created: !resumeId && ready.request.route === 'create' && renderId !== job.projectId
    };
}
/** A verified video from the cache, put at `videoPath`; the download URL is asked afresh (never a render). */
async function reuseCachedVideo(hit, videoPath, studio, reporter) {
    reporter.log(`Cache: reusing the video rendered as project ${hit.meta.projectId} (0 exports).`);
    await promises_default().mkdir(external_node_path_default().dirname(videoPath), { recursive: true });
    await promises_default().copyFile(hit.video.path, videoPath);
    const downloadUrl = await freshDownloadUrl(studio, hit.meta.projectId).catch(() => hit.meta.downloadUrl ?? '');
    return {
        renderedProjectId: hit.meta.projectId,
        resolution: hit.meta.resolution,
        renderMs: 0,
        downloadUrl,
        video: { ...hit.video, path: videoPath },
        cacheHit: true,
        created: false
    };
}
/** The progress endpoint hands out the current download URL; asking it never starts another render. */
async function freshDownloadUrl(studio, projectId) {
    const { downloadUrl } = await studio.progress(projectId);
    if (!downloadUrl)
        throw new shared_errors/* ActionError */.l(`AI Studios no longer offers a download URL for project ${projectId}.`);
    return downloadUrl;
}

// EXTERNAL MODULE: ./src/aistudios/exact-json.ts
var exact_json = __webpack_require__(55245);
;// CONCATENATED MODULE: ./src/aistudios/export-request.ts

const RESOLUTIONS = (/* unused pure expression or super */ null && (['4k', '1080', '720', '480']));
/**
 * Fields of the fetched project that the create call documents beside the scenes: carried over as they came,
 * so a project's pronunciations (`dictionary`) survive the edit.
 */
const CARRIED_FIELDS = ['dictionary'];
/** `edited` is the project after the patch, undefined when there is no patch. */
function exportRequest(projectId, settings, edited) {
    const common = {
        resolution: settings.resolution,
        ...(settings.workspaceId ? { workspaceId: settings.workspaceId } : {}),
        ...(settings.webhookUrl ? { webhookUrl: settings.webhookUrl } : {})
    };
    if (!edited)
        return { route: 'export', path: 'editor/project/export', body: { projectId, ...common } };
    // Only what the tutorial sends: ids, owner and state of the source project are the server's to set.
    const { name, orientation, scenes } = edited;
    const carried = Object.fromEntries(CARRIED_FIELDS.filter(field => edited[field] !== undefined).map(field => [field, edited[field]]));
    return {
        route: 'create',
        path: 'editor/project',
        body: { name, orientation, scenes, ...carried, ...common, isExport: true }
    };
}
/** A one-line account of the request, for the log and the dry-run summary. */
function describeRequest(request) {
    if (request.route === 'export')
        return `POST /api/odin/v3/${request.path} ${(0,exact_json/* writeJson */.GF)(request.body)}`;
    const { scenes, ...rest } = request.body;
    return `POST /api/odin/v3/${request.path} ${(0,exact_json/* writeJson */.GF)({ ...rest, scenes: `[${scenes.length} scenes]` })}`;
}

;// CONCATENATED MODULE: ./src/cache/content-hash.ts



/**
 * Bumped when what goes into the hash changes, so old cache entries can never match new ones.
 * v2: a plain export's hash covers the carried fields (`dictionary`) as a create's does.
 */
const CONTENT_HASH_VERSION = 'v2';
/**
 * What determines the rendered video, and nothing else: for create+export the body that is sent, for a plain
 * export the fetched project's content as a create would carry it (so an edit made in the editor, pronunciations
 * included, changes it; the one list of carried fields is the export request's). `webhookUrl` only says who
 * hears about the render, not what it looks like.
 */
function contentOf(request, fetched) {
    const body = request.route === 'create'
        ? { ...request.body, route: 'create' }
        : plainExportContent(request, fetched);
    delete body.webhookUrl;
    return body;
}
function plainExportContent(request, fetched) {
    const { projectId, ...settings } = request.body;
    // The body's settings are the ExportSettings the request was built from.
    const asCreate = exportRequest(projectId, settings, fetched);
    return { ...asCreate.body, route: 'export' };
}
/** `v2-<sha256 hex>` of the canonical serialization of `contentOf`. */
function contentHash(request, fetched) {
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(canonicalJson(contentOf(request, fetched)))
        .digest('hex');
    return `${CONTENT_HASH_VERSION}-${digest}`;
}
/**
 * JSON with object keys sorted at every depth and no whitespace, so equal values give equal bytes whatever
 * order the patch or the API wrote them in; numbers as AI Studios wrote them (the bytes that are sent), so
 * two projects that differ in the 20th digit of a number differ here too. `undefined` members are dropped,
 * as JSON.stringify drops them.
 */
function canonicalJson(value) {
    return (0,exact_json/* writeJson */.GF)(value, true);
}

// EXTERNAL MODULE: ./src/patch/index.ts + 12 modules
var src_patch = __webpack_require__(85977);
;// CONCATENATED MODULE: ./src/shared/output-path.ts

/** `videos/<slug of the project name>.mp4` in the workspace; the project id when the name has no letters. */
function defaultOutputPath(workspace, projectName, projectId) {
    return external_node_path_default().join(workspace, 'videos', `${slug(projectName ?? '') || projectId}.mp4`);
}
function slug(name) {
    return name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 80)
        .replace(/^-+|-+$/g, '');
}

// EXTERNAL MODULE: ./src/shared/workspace-files.ts
var workspace_files = __webpack_require__(79774);
;// CONCATENATED MODULE: ./src/run/plan.ts






/**
 * The plan phase fetches each distinct project once, however many videos render it: a manifest of 500
 * videos of 3 projects asks AI Studios 3 times, and holds 3 projects. The patch never changes what it is
 * given (`planEdits` works on a copy), so the videos share the fetched value; a failed fetch fails them all.
 */
function fetchOncePerProject(studio) {
    const fetched = new Map();
    return projectId => {
        const known = fetched.get(projectId);
        if (known)
            return known;
        const fetching = studio.getProject(projectId);
        fetched.set(projectId, fetching);
        return fetching;
    };
}
/**
 * The checks that need only the project: the patch loaded and applied to the fetched project (vars,
 * placeholders, selectors), the export request, its content hash and the output path. Reads, never writes.
 */
async function planVideo(job, context, fetchProject) {
    const { reporter } = context;
    const patch = job.patchPath
        ? await (0,src_patch/* loadPatch */.P9)(job.patchPath, { workspace: job.workspace })
        : undefined;
    // Fetched even without a patch: what AI Studios can render is checked before the export, and an edit in
    // the editor changes the content hash.
    const source = await fetchProject(job.projectId);
    const plan = patch ? (0,src_patch/* planEdits */.r_)(source, patch, job.vars) : undefined;
    if (plan) {
        const count = plan.changes.length;
        reporter.log(`Plan: ${count} change${count === 1 ? '' : 's'}`);
        for (const line of (0,src_patch/* planLines */.HN)(plan))
            reporter.log(line);
    }
    const rendered = plan?.project ?? source;
    if (rendered.scenes.length === 0)
        throw new shared_errors/* ActionError */.l(`Project ${job.projectId} has no scenes${plan ? ' once the patch is applied' : ''}: AI Studios cannot render an empty project; add a scene in the editor${plan ? ', or keep the patch from removing every scene' : ''}.`);
    const request = exportRequest(job.projectId, job.settings, plan?.project);
    const hash = contentHash(request, source);
    reporter.log(`Content hash: ${hash}`);
    const videoPath = job.outputPath ?? defaultOutputPath(job.workspace, rendered.name, job.projectId);
    // Before anything is spent: a directory or a symlink out of the workspace would only fail after the render.
    await (0,workspace_files/* checkOutputPath */.$b)(job.workspace, videoPath);
    return {
        job,
        plan,
        request,
        videoPath,
        contentHash: hash,
        ...(patch ? {} : { unpatched: source })
    };
}
/** What a real run would do, from the cache's own answer; nothing is restored or written. */
async function dryRunOf(planned, context) {
    const { job, contentHash: hash } = planned;
    const { cache, reporter } = context;
    const request = describeRequest(planned.request);
    const result = (needsExport, cacheHit = false) => ({
        request,
        cacheHit,
        needsExport,
        cacheOn: cache !== undefined
    });
    if (job.resumeProjectId) {
        reporter.log(`A real run would resume project ${job.resumeProjectId}: no new export.`);
        return result(false);
    }
    if (!cache)
        return result(true);
    if (await cache.lookupOnly(hash)) {
        reporter.log('A real run would reuse the cached video: no render needed.');
        return result(false, true);
    }
    const renderId = await cache.lookupRender(hash);
    if (renderId) {
        reporter.log(`A real run would resume render ${renderId}, started earlier for this content: no new export.`);
        return result(false);
    }
    reporter.log('A real run would export: no cached video for this content.');
    return result(true);
}

// EXTERNAL MODULE: ./src/aistudios/transport.ts + 5 modules
var transport = __webpack_require__(96333);
;// CONCATENATED MODULE: ./src/cache/decisions.ts
/**
 * The render a cut-short run started for this content, if AI Studios still has it going or done; when it says
 * the render failed or does not know it, undefined (and why), so the run exports anew. An answer that says
 * neither is no reason to pay again: the render is resumed and the wait decides.
 */
async function cachedRender(cache, hash, probe, reporter) {
    const renderId = await cache.lookupRender(hash);
    if (!renderId)
        return undefined;
    const answer = await probe(renderId);
    if (answer.state === 'going') {
        reporter.log(`Cache: resuming render ${renderId}, started earlier for this content (0 new exports).`);
        return renderId;
    }
    if (answer.state === 'unclear') {
        reporter.log(`Cache: AI Studios gave no clear answer about the cached render ${renderId} (${answer.reason}); resuming it rather than exporting again.`);
        return renderId;
    }
    reporter.log(`Cache: the cached render ${renderId} cannot be resumed (${answer.reason}); exporting anew.`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/run/prepare.ts






/**
 * What must be known before the export is paid for: that the video can be delivered, and whether the cache
 * already has the video or a render of this content. A cached video is restored here, so the decision holds.
 */
async function prepareVideo(planned, context) {
    const { job, videoPath } = planned;
    const { reporter, studio } = context;
    // Loaded here, not at start-up: the GitHub clients are most of the bundle, and bad input or a dry run
    // should answer at once.
    const { prepareDelivery } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2307));
    const companions = await (0,run_companions/* prepareCompanions */.Fb)(job, context.env, reporter);
    const delivery = await reporter.group('Checking where the video goes', () => prepareDelivery(job.delivery, external_node_path_default().basename(videoPath), context.env, reporter.log, context.clock, companions.map(each => each.maker.kind.suffix)));
    for (const file of await (0,workspace_files/* removeStaleParts */.oT)(videoPath))
        reporter.log(`Removed ${external_node_path_default().basename(file)}, left by an earlier run that was stopped.`);
    return { ...planned, delivery, companions, source: await sourceOf() };
    async function sourceOf() {
        if (job.resumeProjectId)
            return { kind: 'resume', renderId: job.resumeProjectId };
        const { cache } = context;
        const hash = planned.contentHash;
        if (!cache)
            return { kind: 'export' };
        const hit = await cache.lookupVideo(hash, { resolution: job.settings.resolution });
        if (hit)
            return { kind: 'cached-video', hit };
        const renderId = await cachedRender(cache, hash, renderProbe(studio), reporter);
        return renderId ? { kind: 'resume', renderId } : { kind: 'export' };
    }
}
/** A cached render as AI Studios sees it: a transient or unreadable answer is no reason to pay again. */
function renderProbe(studio) {
    return async (renderId) => {
        try {
            const status = (0,wait/* classifyProgress */.W4)(await studio.progress(renderId));
            return status.kind === 'failed'
                ? { state: 'failed', reason: `it failed: ${status.reason}` }
                : { state: 'going' };
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            const unclear = error instanceof transport/* StudioError */.b && (error.transient || error.kind === 'unreadable');
            return { state: unclear ? 'unclear' : 'failed', reason };
        }
    };
}

;// CONCATENATED MODULE: ./src/run/videos.ts








/**
 * Every video of a run, one path whether it is one video or a manifest's hundred. First every video is planned
 * and prepared (its patch applied to its fetched project, its delivery checked, the cache asked) and the
 * `max-exports` guard counts what is left to export: any failure there ends the run with nothing exported.
 * Then the videos are made, at most `maxParallel` at once, and a failure ends its own video only.
 */
async function runVideos(kind, jobs, options, context) {
    const contextOf = videoContexts(kind, jobs, context);
    // The checks run `max-parallel` at a time and never stop at a failure: every mistake shows in one run.
    const checks = { maxParallel: options.maxParallel, failFast: false };
    const stopped = (results) => {
        const failed = results.filter(result => result.status === 'failed').length;
        if (kind === 'manifest')
            context.reporter.log(`Nothing was exported: the checks of ${failed} of ${jobs.length} videos failed; fix them and run again.`);
        return { kind, results };
    };
    const fetchProject = fetchOncePerProject(context.studio);
    const planning = await runPool(jobs, job => planVideo(job, contextOf(job), fetchProject).catch((error) => {
        throw locatedIn(job, error);
    }), checks);
    // Two videos of one content would pay twice for one video, and with no patch would render one project
    // twice at once: refused, with the cache or without it.
    const planOutcomes = oncePerContent(jobs, planning);
    const planned = allDone(planOutcomes);
    if (!planned)
        return stopped(planOutcomes.map((outcome, i) => resultOf(jobs[i], outcome.status === 'done' ? outcome.value : undefined, outcome)));
    if (options.dryRun) {
        const outcomes = await runPool(named(planned), each => dryRunOf(each, contextOf(each.job)), checks);
        const results = outcomes.map((outcome, i) => outcome.status === 'done'
            ? { ...resultOf(jobs[i], planned[i]), status: 'planned', dryRun: outcome.value }
            : resultOf(jobs[i], planned[i], outcome));
        if (kind === 'manifest')
            logDryRun(results, context.reporter);
        return { kind, results };
    }
    const prepareOutcomes = await runPool(named(planned), each => prepareVideo(each, contextOf(each.job)), checks);
    const ready = allDone(prepareOutcomes);
    if (!ready)
        return stopped(prepareOutcomes.map((outcome, i) => resultOf(jobs[i], planned[i], outcome)));
    checkExportBudget(ready.filter(each => each.source.kind === 'export').map(each => each.job.name), options.maxExports);
    const outcomes = await runPool(named(ready), each => makeVideo(each, contextOf(each.job)), options);
    const results = outcomes.map((outcome, i) => {
        const { source } = ready[i];
        if (outcome.status !== 'done') {
            const failed = resultOf(jobs[i], ready[i], outcome);
            // A render this run's export started is paid for, whatever became of it afterwards.
            return source.kind === 'export' && failed.renderId ? { ...failed, exported: true } : failed;
        }
        const status = source.kind === 'cached-video' ? 'cached' : source.kind === 'resume' ? 'resumed' : 'rendered';
        return {
            ...resultOf(jobs[i], ready[i]),
            status,
            renderId: outcome.value.renderedProjectId,
            report: outcome.value,
            ...(status === 'rendered' ? { exported: true } : {})
        };
    });
    return { kind, results };
}
/**
 * A video's result from what is known of it (its plan, when planning got that far) and how its last step
 * ended: failed, or else skipped (another video's checks failed, or fail-fast stopped the pool).
 */
function resultOf(job, planned, ending) {
    const base = {
        name: job.name,
        status: 'skipped',
        sourceProjectId: job.projectId,
        ...(planned?.plan ? { plan: planned.plan } : {}),
        ...(planned?.contentHash ? { contentHash: planned.contentHash } : {}),
        ...(planned?.unpatched ? { unpatched: planned.unpatched } : {})
    };
    if (ending?.status !== 'failed')
        return base;
    const { error } = ending;
    return error instanceof FailedAfterExport
        ? { ...base, status: 'failed', error: error.failure, renderId: error.renderId }
        : { ...base, status: 'failed', error };
}
/** The values of a checking step, when every video passed it. */
function allDone(outcomes) {
    const values = outcomes.flatMap(outcome => (outcome.status === 'done' ? [outcome.value] : []));
    return values.length === outcomes.length ? values : undefined;
}
/** The pool names its items: a video's name is its job's. */
function named(items) {
    return items.map(item => ({ ...item, name: item.job.name }));
}
/** The log names the videos a real run would render. */
function logDryRun(results, reporter) {
    const toRender = results.filter(result => result.dryRun?.needsExport).map(result => result.name);
    reporter.log(toRender.length === 0
        ? `Dry run: none of the ${results.length} videos needs a render.`
        : `Dry run: ${toRender.length} of ${results.length} videos would need a render: ${toRender.join(', ')}.`);
}
/**
 * Two videos of the same content (project, edits, vars and resolution) would each pay for an export, and
 * their cache entries are one: the second is refused at its entry, before anything is spent.
 */
function oncePerContent(jobs, outcomes) {
    const first = new Map();
    return outcomes.map((outcome, index) => {
        const hash = outcome.status === 'done' ? outcome.value.contentHash : undefined;
        const at = jobs[index].at;
        if (!hash || !at)
            return outcome;
        const earlier = first.get(hash);
        if (earlier === undefined) {
            first.set(hash, outcome.name);
            return outcome;
        }
        const error = (0,fail/* failAt */.Y)(at, `video \`${outcome.name}\` renders the same content as \`${earlier}\` (same project, edits and resolution), so it would be paid for twice: remove one of them, or copy the other's video in a later step.`);
        return { name: outcome.name, status: 'failed', error };
    });
}
/**
 * A planning failure of a manifest's video that names no place in a file (the project cannot be fetched, the
 * output path is a folder) is about the video's own entry: it is located there, so every failure points somewhere.
 */
function locatedIn(job, error) {
    if (!job.at || !(error instanceof shared_errors/* ActionError */.l) || error.details.location)
        return error;
    const located = (0,fail/* failAt */.Y)(job.at, error.message);
    return new shared_errors/* ActionError */.l(located.message, { ...error.details, ...located.details });
}
/**
 * A manifest's videos render side by side and the runner's groups cannot nest or interleave: a video's group
 * becomes a line that names it, and every line carries the video's prefix. A single video reports as it is.
 */
function videoContexts(kind, jobs, context) {
    if (kind === 'single')
        return () => context;
    const { reporter } = context;
    const flat = {
        log: reporter.log,
        warn: reporter.warn,
        debug: reporter.debug,
        notice: reporter.notice,
        group: async (name, work) => {
            reporter.log(`${name}…`);
            return work();
        }
    };
    const contexts = new Map(jobs.map(job => [job.name, { ...context, reporter: prefixed(flat, `[${job.name}] `) }]));
    return job => contexts.get(job.name) ?? context;
}

;// CONCATENATED MODULE: ./src/run/index.ts



/**
 * A run: the client and the cache, the videos (one, or a manifest's), each planned and checked before any
 * export, then made; the result of every video. Loaded by the action and the CLI only once the settings are read, so a bad
 * setting answers at once.
 */
async function renderRun(settings, host) {
    const { StudioClient } = await __webpack_require__.e(/* import() */ 595).then(__webpack_require__.bind(__webpack_require__, 51595));
    const { signal, cancelled, deadline } = host.run;
    const studio = new StudioClient({
        apiUrl: settings.apiUrl,
        credentials: settings.credentials,
        signal,
        requestTimeoutMs: settings.requestTimeoutMs,
        clock: host.clock,
        reporter: host.reporter,
        redactor: host.redactor,
        onSecret: host.onSecret
    });
    const cache = settings.cache
        ? await (await __webpack_require__.e(/* import() */ 893).then(__webpack_require__.bind(__webpack_require__, 79893))).VideoCache.open({ reporter: host.reporter, tempDir: host.tempDir, env: host.env, signal })
        : undefined;
    const { kind, jobs, shard } = await (0,run_jobs/* videoJobs */.A)(settings);
    if (shard)
        host.reporter.log((0,manifest_shard/* shardLine */.d)(shard, jobs.map(job => job.name), shard.selected));
    const pool = settings.manifest ?? { maxParallel: 1, failFast: false };
    const options = { ...pool, maxExports: settings.maxExports, dryRun: settings.dryRun };
    const run = await runVideos(kind, jobs, options, {
        studio,
        signal,
        cancelled,
        deadline,
        clock: host.clock,
        env: host.env,
        reporter: host.reporter,
        allowHttp: new URL(settings.apiUrl).protocol === 'http:',
        ...(cache ? { cache } : {})
    });
    return shard ? { ...run, shard } : run;
}


/***/ }),

/***/ 47671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ videoJobs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/patch/fail.ts
var fail = __webpack_require__(83956);
// EXTERNAL MODULE: ./src/patch/files.ts
var patch_files = __webpack_require__(18961);
// EXTERNAL MODULE: ./src/patch/node-files.ts
var node_files = __webpack_require__(5702);
// EXTERNAL MODULE: ./src/patch/source.ts + 1 modules
var patch_source = __webpack_require__(44063);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 13 modules
var schemas = __webpack_require__(55491);
;// CONCATENATED MODULE: ./src/manifest/schema.ts

/** A video's name: it names its artifact, its default output path and asset, and `only`. */
const VIDEO_NAME = /^[a-z0-9][a-z0-9._-]*$/;
const VarsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]));
/** The keys a video may set, named like the action inputs they override. */
const VideoKeys = {
    'project-id': schemas/* string */.YjP().min(1),
    patch: schemas/* string */.YjP().min(1),
    vars: VarsSchema,
    resolution: schemas/* enum */.k5n(['4k', '1080', '720', '480']),
    'workspace-id': schemas/* string */.YjP().min(1),
    'output-path': schemas/* string */.YjP().min(1),
    'asset-name': schemas/* string */.YjP().min(1),
    'resume-project-id': schemas/* string */.YjP().min(1)
};
const VideoEntrySchema = schemas/* strictObject */.rej(VideoKeys).partial();
const ManifestFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    defaults: VideoEntrySchema.optional(),
    videos: schemas/* record */.g1P(schemas/* string */.YjP(), VideoEntrySchema)
});
function manifestJsonSchema() {
    return z.toJSONSchema(ManifestFileSchema, { target: 'draft-7' });
}

;// CONCATENATED MODULE: ./src/manifest/load.ts






/**
 * Reads a manifest (YAML or JSON, told by content) and checks it whole: every problem is an `ActionError`
 * located at the manifest's line and column, found before any video is exported.
 */
async function loadManifest(file, { workspace, files = node_files/* nodeFiles */.k, artifactNames = false }) {
    const { shown, text } = await (0,patch_files/* readNamedFile */.wh)(files, workspace, file, 'the manifest file');
    if (text.trim() === '')
        throw (0,fail/* failAt */.Y)({ file: shown, line: 1, column: 1 }, 'the manifest is empty: write `videos:` with one entry per video');
    const source = (0,patch_source/* parseSource */.P)(text, shown);
    const videos = checkManifest(source, artifactNames);
    for (const video of videos)
        for (const [key, file] of [
            ['patch', video.patch],
            ['output-path', video.outputPath]
        ])
            if (file !== undefined && !(0,patch_files/* isInside */.FK)(workspace, external_node_path_default().resolve(workspace, file)))
                throw (0,fail/* failAt */.Y)(source.locate(['videos', video.name, key]), `videos.${video.name}: ${key} "${file}" is outside the workspace: use a path inside the repository`);
    return { file: shown, videos };
}
function checkManifest(source, artifactNames) {
    const result = ManifestFileSchema.safeParse(source.data);
    if (!result.success) {
        const issue = result.error.issues.find(each => each.code === 'unrecognized_keys') ?? result.error.issues[0];
        const at = issue.path.map(s => (typeof s === 'number' ? s : String(s)));
        if (issue.code === 'unrecognized_keys') {
            const key = issue.keys[0];
            throw (0,fail/* failAt */.Y)(source.locate([...at, key], 'key'), `${(0,patch_source/* describePath */.N)([...at, key], false)}: unknown key; ${knownKeys(at)}`);
        }
        throw (0,fail/* failAt */.Y)(source.locate(at), `${(0,patch_source/* describePath */.N)(at, false)}: ${issue.message}`);
    }
    const { defaults = {}, videos } = result.data;
    const entries = Object.entries(videos);
    if (entries.length === 0)
        throw (0,fail/* failAt */.Y)(source.locate(['videos']), 'videos: is empty: give at least one video');
    const claimed = {
        'output-path': new Map(),
        'asset-name': new Map(),
        artifact: new Map()
    };
    return entries.map(([name, entry]) => {
        const at = source.locate(['videos', name], 'key');
        if (!VIDEO_NAME.test(name))
            throw (0,fail/* failAt */.Y)(at, `videos.${JSON.stringify(name)}: a video name is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit`);
        const merged = { ...defaults, ...entry, vars: { ...defaults.vars, ...entry.vars } };
        if (merged['project-id'] === undefined)
            throw (0,fail/* failAt */.Y)(at, `videos.${name}: project-id is required (here or in defaults)`);
        const video = {
            name,
            projectId: merged['project-id'],
            vars: Object.fromEntries(Object.entries(merged.vars ?? {}).map(([k, v]) => [k, String(v)])),
            outputPath: merged['output-path'] ?? `videos/${name}.mp4`,
            assetName: merged['asset-name'] ?? `${name}.mp4`,
            ...(merged.patch === undefined ? {} : { patch: merged.patch }),
            ...(merged.resolution === undefined ? {} : { resolution: merged.resolution }),
            ...(merged['workspace-id'] === undefined ? {} : { workspaceId: merged['workspace-id'] }),
            ...(merged['resume-project-id'] === undefined
                ? {}
                : { resumeProjectId: merged['resume-project-id'] }),
            at
        };
        for (const key of ['output-path', 'asset-name']) {
            const value = key === 'output-path' ? video.outputPath : video.assetName;
            const other = claimed[key].get(value);
            if (other !== undefined)
                throw (0,fail/* failAt */.Y)(entry[key] === undefined ? at : source.locate(['videos', name, key]), `videos.${name}: ${key} "${value}" is also the ${key} of ${other}: give each video its own`);
            claimed[key].set(value, name);
        }
        const artifact = external_node_path_default().basename(video.outputPath);
        const owner = claimed.artifact.get(artifact);
        if (artifactNames && owner !== undefined)
            throw (0,fail/* failAt */.Y)(entry['output-path'] === undefined ? at : source.locate(['videos', name, 'output-path']), `videos.${name}: output-path "${video.outputPath}" has the file name of ${owner}'s, and each video's artifact is named after its file: give it a file name of its own, e.g. ${name}.mp4`);
        claimed.artifact.set(artifact, name);
        return video;
    });
}
function knownKeys(at) {
    if (at.length === 0)
        return 'a manifest has `videos` and optional `defaults`';
    return 'a video takes project-id, patch, vars, resolution, workspace-id, output-path, asset-name, resume-project-id';
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/manifest/shard.ts
var manifest_shard = __webpack_require__(64701);
;// CONCATENATED MODULE: ./src/manifest/select.ts


/** The videos `only` names (comma- or newline-separated), in manifest order; all of them when empty. */
function selectVideos(videos, only) {
    const names = only
        .split(/[,\n]/)
        .map(name => name.trim())
        .filter(name => name !== '');
    if (names.length === 0)
        return [...videos];
    const known = new Set(videos.map(video => video.name));
    const unknown = names.filter(name => !known.has(name));
    if (unknown.length > 0)
        throw new errors/* ActionError */.l(`Input \`only\` names ${unknown.map(n => `"${n}"`).join(', ')}, not in the manifest: use one of ${[...known].join(', ')}.`, { input: 'only' });
    const wanted = new Set(names);
    return videos.filter(video => wanted.has(video.name));
}
/**
 * The videos of one shard, in manifest order. A video's shard depends on its name and the shard count only,
 * so selecting with `only` first or after gives the same videos.
 */
function selectShard(videos, shard) {
    return videos.filter(video => (0,manifest_shard/* shardOf */.IS)(video.name, shard.count) === shard.index);
}

;// CONCATENATED MODULE: ./src/run/jobs.ts



/**
 * The run's videos: the step's one video (a manifest of one), or the selected videos of its manifest (`only`),
 * and of those only its shard's with `shard`.
 */
async function videoJobs(settings) {
    const { manifest } = settings;
    const base = videoSettingsOf(settings);
    if (!manifest)
        return { kind: 'single', jobs: [jobOf(base)] };
    const loaded = await loadManifest(manifest.file, {
        workspace: base.workspace,
        artifactNames: base.delivery.modes.has('artifact')
    });
    const selected = selectVideos(loaded.videos, manifest.only);
    const { shard } = manifest;
    const videos = shard ? selectShard(selected, shard) : selected;
    const jobs = videos.map(video => jobOf(base, video));
    if (!shard)
        return { kind: 'manifest', jobs };
    return { kind: 'manifest', jobs, shard: { ...shard, selected: selected.length } };
}
/** What each video takes of the run's settings: every setting but the run's own (a new one comes along). */
function videoSettingsOf(settings) {
    const { credentials, apiUrl, timeoutMs, requestTimeoutMs, manifest, cache, prComment, maxExports, ...video } = settings;
    return video;
}
/** The step's video, or a manifest's video: the step's settings with its keys over them (`vars` merged). */
function jobOf(base, video) {
    const job = { ...base, name: base.projectId };
    if (!video)
        return job;
    return {
        ...job,
        name: video.name,
        at: video.at,
        projectId: video.projectId,
        resumeProjectId: video.resumeProjectId,
        patchPath: video.patch === undefined ? undefined : external_node_path_default().resolve(base.workspace, video.patch),
        vars: { ...base.vars, ...video.vars },
        settings: {
            ...base.settings,
            ...(video.resolution === undefined ? {} : { resolution: video.resolution }),
            ...(video.workspaceId === undefined ? {} : { workspaceId: video.workspaceId })
        },
        outputPath: external_node_path_default().resolve(base.workspace, video.outputPath),
        delivery: { ...base.delivery, assetName: video.assetName }
    };
}


/***/ })

};

//# sourceMappingURL=461.index.js.map