export const id = 555;
export const ids = [555];
export const modules = {

/***/ 91555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactTarget: () => (/* binding */ artifactTarget)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77935);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36338);
/* harmony import */ var _shared_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43091);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84088);






/** What the results service needs to be reachable; the runner sets these for JavaScript actions. */
const RUNTIME_ENV = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'GITHUB_REPOSITORY',
    'GITHUB_RUN_ID'
];
/** Characters @actions/artifact refuses in names. */
const FORBIDDEN_IN_NAME = /[":<>|*?\r\n\\/]/;
/**
 * The video as a workflow artifact of this run, uploaded as is (no zip). Note: @actions/artifact reads
 * process.env itself, so the context's `env` must be it.
 */
const artifactTarget = {
    check: checkArtifact,
    deliver: uploadArtifact,
    // A companion is an artifact of its own, named after the video's plus its suffix.
    deliverCompanion: async (prepared, companion, ...rest) => (await uploadFile(prepared, prepared.name + companion.kind.suffix, companion, ...rest)).url
};
/**
 * Checks, before the render, that an artifact can be uploaded: the Actions runtime is there, the file
 * name is a valid artifact name, the results service takes the runtime token for this run (the listing
 * of the run's artifacts proves it without creating anything), and no artifact of that name exists
 * unless overwrite is on.
 */
async function checkArtifact({ fileName, suffixes }, { env, log, options }) {
    const missing = RUNTIME_ENV.filter(name => !env[name]);
    if (missing.length > 0) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`upload includes artifact, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not ` +
            'set: workflow artifacts only work in a GitHub Actions job (not in a container step that drops ' +
            'the runner environment, nor locally). Use upload: release or none there.', { input: 'upload' });
    }
    const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(fileName);
    if (FORBIDDEN_IN_NAME.test(name)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`The video file name ${JSON.stringify(name)} cannot name an artifact (no " : < > | * ? \\ / or ` +
            'line breaks): choose another output-path.', { input: 'output-path' });
    }
    for (const each of [name, ...suffixes.map(suffix => name + suffix)]) {
        const existing = await findArtifact(new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9(), each).catch(error => {
            throw explainArtifactError(error, each, `look for an existing artifact named ${each}`);
        });
        if (existing && !options.overwrite)
            throw nameClash(each);
        if (existing)
            log(`Artifact ${each} (id ${existing.id}) exists in this run; it will be replaced.`);
    }
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    return { name, runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` };
}
/**
 * Uploads the video file, replacing an artifact of the same name when overwrite is on. @actions/artifact
 * retries Twirp 5xx and the Azure SDK retries blocks, but a dropped connection to the results service
 * fails at once: that is retried here, from scratch.
 */
async function uploadArtifact(prepared, video, context, signal) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(video.path) !== prepared.name) {
        throw new Error(`prepared artifact ${prepared.name}, but the video is ${video.path}`);
    }
    const { id, url } = await uploadFile(prepared, prepared.name, video, context, signal);
    return {
        outputs: {
            'artifact-id': String(id),
            'artifact-url': url,
            // SHA-256 hex of the uploaded bytes, as actions/upload-artifact outputs it.
            'artifact-digest': video.sha256
        },
        links: [{ label: 'Artifact', text: `artifact ${id}`, url }],
        where: `as workflow artifact ${url}`
    };
}
/** One file as an artifact of its own, named `name` (the file's own name: no zip). */
async function uploadFile(prepared, name, file, { log, options, clock }, signal) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9();
    log(`Uploading ${name} (${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z)(file.size)}) as a workflow artifact`);
    try {
        // @actions/artifact takes no signal: the caller abandons a stalled upload; no new attempt starts.
        const id = await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L)(attempt => uploadOnce(client, name, file, attempt > 1, options, log), {
            attempts: _target_js__WEBPACK_IMPORTED_MODULE_5__/* .UPLOAD_ATTEMPTS */ .h,
            classify: error => (isTransientArtifactError(error) ? {} : false),
            clock,
            signal,
            onRetry: (error, delayMs, next) => log(`Artifact upload attempt ${next - 1} failed (${firstLine(error)}); retrying in ` +
                `${delayMs / 1000} s (attempt ${next} of ${_target_js__WEBPACK_IMPORTED_MODULE_5__/* .UPLOAD_ATTEMPTS */ .h}).`)
        });
        return { id, url: `${prepared.runUrl}/artifacts/${id}` };
    }
    catch (error) {
        throw explainArtifactError(error, name, `upload the workflow artifact ${name}`);
    }
}
async function uploadOnce(client, name, video, isRetry, { overwrite, retentionDays }, log) {
    const existing = await findArtifact(client, name);
    if (existing) {
        // The answer to FinalizeArtifact was lost, but the upload had finished.
        if (isRetry && existing.digest === `sha256:${video.sha256}`)
            return existing.id;
        if (!overwrite)
            throw nameClash(name);
        log(`Deleting artifact ${name} (id ${existing.id}) to replace it (overwrite: true)`);
        await client.deleteArtifact(name);
    }
    const response = await client.uploadArtifact(name, [video.path], node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(video.path), {
        skipArchive: true,
        retentionDays
    });
    if (response.id === undefined)
        throw new Error('the results service returned no artifact id');
    if (response.digest !== video.sha256) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`The uploaded artifact's SHA-256 (${response.digest}) differs from the rendered video's ` +
            `(${video.sha256}): the file changed while it was uploaded. Re-run the job.`);
    }
    return response.id;
}
/**
 * Lists the run's artifacts rather than asking for one by name: getArtifact reports "not found"
 * as a workflow warning annotation, and not finding one is the normal case here.
 */
async function findArtifact(client, name) {
    const { artifacts } = await client.listArtifacts();
    return artifacts.filter(a => a.name === name).sort((a, b) => b.id - a.id)[0];
}
/**
 * The Twirp client wraps its NetworkError into a plain Error ("Failed to <RPC>: Unable to make
 * request: ECONNRESET"), so only the message tells.
 */
function isTransientArtifactError(error) {
    return /Unable to make request: E[A-Z]+|upload progress stalled/i.test((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error));
}
function nameClash(name) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`An artifact named ${name} already exists in this workflow run (from an earlier attempt or ` +
        'another job of a matrix): set overwrite: true to replace it, or give each job its own file ' +
        'name, e.g. output-path: video-${{ matrix.name }}.mp4.', { input: 'overwrite' });
}
/** @param doing completes "Failed to …". */
function explainArtifactError(error, name, doing) {
    if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l)
        return error;
    if (error instanceof _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .GHESNotSupportedError */ .jK) {
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l('Workflow artifacts of this kind are not available on GitHub Enterprise Server: use upload: release there.', { input: 'upload' });
    }
    const message = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error);
    if (/storage quota has been hit/i.test(message)) {
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`The artifact storage quota is used up, so ${name} could not be stored: delete old artifacts, ` +
            'lower retention-days, or use upload: release.', { input: 'retention-days' });
    }
    if (/\(409\)/.test(message))
        return nameClash(name);
    if (/\((401|403)\)|JWT|Invalid token/i.test(message)) {
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`The Actions results service refused the job's runtime token (ACTIONS_RUNTIME_TOKEN) when asked ` +
            `to ${doing}: ${firstLine(error)}. The runner gives each job its own token; a step or container ` +
            'that replaces it cannot store artifacts: keep the runner environment, or use upload: release.', { input: 'upload' });
    }
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Failed to ${doing}: ${firstLine(error)}. This is usually a ` +
        'temporary problem of GitHub (https://www.githubstatus.com): re-run the job.');
}
/** The library's messages go on with multi-line advice that does not fit a log line. */
function firstLine(error) {
    return (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error).split('\n')[0];
}


/***/ }),

/***/ 84088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ UPLOAD_ATTEMPTS)
/* harmony export */ });
/**
 * Attempts in all of an upload that failed in a way the service may not fail again (a dropped connection, a
 * 5xx): each attempt starts from a fresh read of the file.
 */
const UPLOAD_ATTEMPTS = 4;


/***/ }),

/***/ 39393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay),
/* harmony export */   V: () => (/* binding */ DEFAULT_BACKOFF)
/* harmony export */ });
const DEFAULT_BACKOFF = { baseMs: 1_000, capMs: 30_000 };
/** The wait before the retry after the n-th consecutive failure (1-based). */
function backoffDelay(failure, random, { baseMs, capMs } = DEFAULT_BACKOFF) {
    const ceiling = Math.min(capMs, baseMs * 2 ** (failure - 1));
    return Math.round(ceiling * (0.5 + random() / 2));
}


/***/ }),

/***/ 36338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ formatSize),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** For log lines and messages: "300.0 KiB", "2.1 GiB". */
function formatBytes(bytes) {
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit < 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
/** For a size beside a limit: whole units where they are exact ("1 MiB", "2.5 MiB"), KiB rounded up. */
function formatSize(bytes) {
    if (bytes < 1024 * 1024)
        return `${Math.ceil(bytes / 1024)} KiB`;
    const mib = bytes / 1024 / 1024;
    return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}


/***/ }),

/***/ 43091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry)
/* harmony export */ });
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39393);

/**
 * The one retry policy of the action: runs `attempt` (numbered from 1) until it succeeds, fails in a way
 * `classify` rejects, or the attempts run out; the last failure is thrown. Between attempts it waits the
 * backoff with jitter, or longer when the server asked, on the injected clock and cancellable by `signal`.
 * Each attempt starts from scratch, which is the point: an upload needs a fresh file stream, not the
 * request options of the failed try.
 */
async function retry(attempt, options) {
    const { attempts, classify, clock, signal } = options;
    let failures = 0;
    for (let n = 1;; n++) {
        if (signal?.aborted)
            throw signal.reason;
        try {
            return await attempt(n);
        }
        catch (error) {
            const verdict = signal?.aborted ? false : classify(error);
            if (verdict === false)
                throw error;
            failures = verdict.progressed ? 1 : verdict.paused ? failures : failures + 1;
            if (failures >= attempts)
                throw error;
            const delayMs = Math.max((0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .E)(Math.max(failures, 1), options.random ?? Math.random, options.backoff ?? _backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BACKOFF */ .V), Math.min(verdict.afterMs ?? 0, options.retryAfterCapMs ?? 60_000));
            options.onRetry?.(error, delayMs, failures + 1);
            await clock.sleep(delayMs, signal);
        }
    }
}


/***/ })

};

//# sourceMappingURL=555.index.js.map