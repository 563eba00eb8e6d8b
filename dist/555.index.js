export const id = 555;
export const ids = [555];
export const modules = {

/***/ 91555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareArtifact: () => (/* binding */ prepareArtifact),
/* harmony export */   uploadArtifact: () => (/* binding */ uploadArtifact)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77935);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36338);
/* harmony import */ var _shared_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43091);





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
 * Checks, before the render, that an artifact can be uploaded: the Actions runtime is there, the
 * file name is a valid artifact name, and no artifact of that name exists in this run unless
 * overwrite is on. Note: @actions/artifact reads process.env itself, so `env` must be it.
 */
async function prepareArtifact(target, videoFileName, env, log) {
    const missing = RUNTIME_ENV.filter(name => !env[name]);
    if (missing.length > 0) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`upload includes artifact, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not ` +
            'set: workflow artifacts only work in a GitHub Actions job (not in a container step that drops ' +
            'the runner environment, nor locally). Use upload: release or none there.', { input: 'upload' });
    }
    const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(videoFileName);
    if (FORBIDDEN_IN_NAME.test(name)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`The video file name ${JSON.stringify(name)} cannot name an artifact (no " : < > | * ? \\ / or ` +
            'line breaks): choose another output-path.', { input: 'output-path' });
    }
    const existing = await findArtifact(new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9(), name).catch(error => {
        throw explainArtifactError(error, name, `look for an existing artifact named ${name}`);
    });
    if (existing && !target.overwrite)
        throw nameClash(name);
    if (existing)
        log(`Artifact ${name} (id ${existing.id}) exists in this run; it will be replaced.`);
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    return {
        name,
        overwrite: target.overwrite,
        retentionDays: target.retentionDays,
        runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    };
}
/**
 * Uploads the video file as is (no zip), replacing an artifact of the same name when overwrite is
 * on. @actions/artifact retries Twirp 5xx and the Azure SDK retries blocks, but a dropped
 * connection to the results service fails at once: that is retried here, from scratch.
 */
async function uploadArtifact(prepared, video, log, signal, policy = _shared_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultRetryPolicy */ .u) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(video.path) !== prepared.name) {
        throw new Error(`prepared artifact ${prepared.name}, but the video is ${video.path}`);
    }
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9();
    log(`Uploading ${prepared.name} (${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z)(video.size)}) as a workflow artifact`);
    try {
        const id = await (0,_shared_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetries */ .L)(attempt => {
            // @actions/artifact takes no signal: the caller abandons a stalled upload; no new attempt starts.
            signal?.throwIfAborted();
            return uploadOnce(client, prepared, video, attempt > 1, log);
        }, isTransientArtifactError, (error, delayMs, next) => log(`Artifact upload attempt ${next - 1} failed (${firstLine(error)}); retrying in ` +
            `${delayMs / 1000} s (attempt ${next} of ${policy.delaysMs.length + 1}).`), policy);
        return {
            artifactId: String(id),
            artifactUrl: `${prepared.runUrl}/artifacts/${id}`,
            artifactDigest: video.sha256
        };
    }
    catch (error) {
        throw explainArtifactError(error, prepared.name, `upload the workflow artifact ${prepared.name}`);
    }
}
async function uploadOnce(client, prepared, video, isRetry, log) {
    const existing = await findArtifact(client, prepared.name);
    if (existing) {
        // The answer to FinalizeArtifact was lost, but the upload had finished.
        if (isRetry && existing.digest === `sha256:${video.sha256}`)
            return existing.id;
        if (!prepared.overwrite)
            throw nameClash(prepared.name);
        log(`Deleting artifact ${prepared.name} (id ${existing.id}) to replace it (overwrite: true)`);
        await client.deleteArtifact(prepared.name);
    }
    const response = await client.uploadArtifact(prepared.name, [video.path], node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(video.path), {
        skipArchive: true,
        retentionDays: prepared.retentionDays
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
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Failed to ${doing}: ${firstLine(error)}. This is usually a ` +
        'temporary problem of GitHub (https://www.githubstatus.com): re-run the job.');
}
/** The library's messages go on with multi-line advice that does not fit a log line. */
function firstLine(error) {
    return (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error).split('\n')[0];
}


/***/ }),

/***/ 43091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ withRetries),
/* harmony export */   u: () => (/* binding */ defaultRetryPolicy)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66103);

/** Four attempts over about 14 s: long enough for a GitHub blip, short next to a render. */
const defaultRetryPolicy = { delaysMs: [1000, 4000, 9000], clock: _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m };
/**
 * Runs `attempt` (numbered from 1) until it succeeds, fails in a way `isTransient` rejects, or the
 * policy's delays run out; the last failure is thrown. Each attempt starts from scratch, which is
 * the point: an upload needs a fresh file stream, not the request options of the failed try.
 */
async function withRetries(attempt, isTransient, onRetry, policy = defaultRetryPolicy) {
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            const delayMs = policy.delaysMs[n - 1];
            if (delayMs === undefined || !isTransient(error))
                throw error;
            onRetry(error, delayMs, n + 1);
            await policy.clock.sleep(delayMs);
        }
    }
}


/***/ })

};

//# sourceMappingURL=555.index.js.map