export const id = 757;
export const ids = [757];
export const modules = {

/***/ 28488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   SW: () => (/* binding */ httpFailureOf),
/* harmony export */   m$: () => (/* binding */ immutableReleaseError),
/* harmony export */   qU: () => (/* binding */ isTransientGitHubError),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78451);


function httpFailureOf(error) {
    if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
        return undefined;
    }
    const data = 'response' in error && (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(error.response) ? error.response.data : undefined;
    const message = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data) && typeof data.message === 'string' ? data.message : error.message;
    const errors = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data) && Array.isArray(data.errors) ? data.errors : [];
    const codes = errors.flatMap(e => ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(e) && typeof e.code === 'string' ? [e.code] : []));
    return { status: error.status, message, codes };
}
/**
 * Worth another try: server errors, timeouts, rate limits, and network failures (which Octokit's
 * fetch wrapper reports as status 500).
 */
function isTransientGitHubError(error) {
    const failure = httpFailureOf(error);
    if (!failure)
        return false;
    const { status, message } = failure;
    return (status >= 500 ||
        status === 408 ||
        status === 429 ||
        (status === 403 && /rate limit/i.test(message)));
}
function isAlreadyExists(error) {
    const failure = httpFailureOf(error);
    return failure?.status === 422 && failure.codes.includes('already_exists');
}
/** The explanation for a release GitHub will not let anyone change. */
function immutableReleaseError(tag, detail) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Release ${tag} is immutable (${detail}): GitHub refuses to add, replace or delete its assets. ` +
        'Upload the video while the release is still a draft and publish it afterwards, or use a new tag.', { input: 'release-tag' });
}
/**
 * Turns a GitHub API failure into an error that says how to fix it (one line, except for the
 * permissions block a 403 asks to paste); anything that is not an HTTP failure is returned as is.
 */
function explainGitHubError(error, { doing, repository, tag }) {
    const failure = httpFailureOf(error);
    if (!failure || error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l)
        return error;
    const { status, message } = failure;
    if (status === 401) {
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`GitHub rejected the github-token (401 ${message}) while trying to ${doing}: the token is ` +
            'invalid or has expired. Leave github-token at its default (${{ github.token }}) or pass a valid token.', { input: 'github-token' });
    }
    if (status === 403 && !isTransientGitHubError(error)) {
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`The github-token may not ${doing} in ${repository} (403 ${message}). Give the job write ` +
            'access to releases by adding this to the workflow or the job:\npermissions:\n  contents: write', { input: 'github-token' });
    }
    if (status === 404) {
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`GitHub answered 404 Not Found while trying to ${doing}: ${repository} does not exist or the ` +
            'github-token cannot see it. For another or a private repository, pass a token with access to it.', { input: 'github-token' });
    }
    if (status === 422 && /immutable/i.test(message)) {
        return immutableReleaseError(tag, `422 ${message}`);
    }
    const advice = status >= 500
        ? ', even after retries; GitHub may be having trouble (https://www.githubstatus.com): re-run the job later.'
        : '.';
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`GitHub answered ${status} (${message}) while trying to ${doing}${advice}`);
}


/***/ }),

/***/ 93757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareRelease: () => (/* binding */ prepareRelease),
  uploadReleaseAsset: () => (/* binding */ uploadReleaseAsset)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/deliver/asset-name.ts
/**
 * A release asset name GitHub will store unchanged. GitHub silently renames "special characters"
 * (spaces, `~`, `:`, parentheses... its list is undocumented) to dots, which breaks finding the
 * asset again for overwrite. So the action does the renaming itself, with a stricter set than
 * GitHub's, and passes the original as the asset's label for display.
 */
function safeAssetName(name) {
    return name
        .replace(/[^A-Za-z0-9._-]+/g, '.')
        .replace(/\.{2,}/g, '.')
        .replace(/^\.+|\.+$/g, '');
}

// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(36338);
// EXTERNAL MODULE: ./src/deliver/github-errors.ts
var github_errors = __webpack_require__(28488);
// EXTERNAL MODULE: ./src/shared/retry.ts
var retry = __webpack_require__(43091);
;// CONCATENATED MODULE: ./src/deliver/release.ts








/** GitHub's per-asset limit: "each file must be under 2 GiB". */
const MAX_ASSET_BYTES = 2 ** 31;
/**
 * Finds the release (drafts included) and checks the asset can be put there, all before the
 * render: a missing release, an unusable token, an immutable release or a name clash with
 * overwrite off fail here.
 */
async function prepareRelease(target, videoFileName, env, log) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new errors/* ActionError */.l(`GITHUB_REPOSITORY is "${repository}", not owner/repo: run this action in a GitHub Actions job.`);
    }
    const wanted = target.assetName ?? external_node_path_default().basename(videoFileName);
    const assetName = safeAssetName(wanted);
    if (!assetName) {
        throw new errors/* ActionError */.l(`asset-name: "${wanted}" has no usable characters; use a name like demo.mp4.`, {
            input: 'asset-name'
        });
    }
    // @actions/github reads GITHUB_API_URL when it is first imported; passing it keeps `env` the
    // single source, which matters for GHES and for tests that set it late.
    const octokit = (0,github/* getOctokit */.Q)(target.token, {
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com'
    });
    const context = { octokit, owner, repo, tag: target.tag };
    const explain = (error, doing) => (0,github_errors/* explainGitHubError */.Pm)(error, { doing, repository, tag: target.tag });
    const release = await findRelease(context, explain);
    if (release.immutable && !release.draft) {
        throw (0,github_errors/* immutableReleaseError */.m$)(target.tag, 'published with immutable releases on');
    }
    const prepared = {
        ...context,
        releaseId: release.id,
        uploadUrl: release.upload_url,
        htmlUrl: release.html_url,
        assetName,
        label: assetName === wanted ? undefined : wanted,
        overwrite: target.overwrite
    };
    const existing = await findAsset(prepared).catch(error => {
        throw explain(error, `list the assets of release ${target.tag}`);
    });
    if (existing && existing.state === 'uploaded' && !target.overwrite)
        throw assetClash(prepared);
    log(`Release ${target.tag}${release.draft ? ' (draft)' : ''} found (id ${release.id}); the video ` +
        `will be uploaded as ${assetName}${existing ? ', replacing the asset of that name' : ''}.`);
    return prepared;
}
/**
 * Uploads the video as a release asset, streaming it from disk. Transient failures are retried,
 * each time with a new read stream and after deleting whatever a failed attempt left behind
 * (GitHub keeps a half-uploaded asset in state "starter", which blocks the name).
 */
async function uploadReleaseAsset(prepared, video, log, signal, policy = retry/* defaultRetryPolicy */.u) {
    if (video.size >= MAX_ASSET_BYTES) {
        throw new errors/* ActionError */.l(`The video is ${(0,format/* formatBytes */.z)(video.size)}, but GitHub release assets must be smaller than 2 GiB: ` +
            'use upload: artifact for a video this large (workflow artifacts have no such limit).', { input: 'upload' });
    }
    log(`Uploading ${prepared.assetName} (${(0,format/* formatBytes */.z)(video.size)}) to release ${prepared.tag}`);
    try {
        const asset = await (0,retry/* withRetries */.L)(attempt => {
            signal?.throwIfAborted();
            return uploadOnce(prepared, video, attempt > 1, log, signal);
        }, error => (0,github_errors/* isTransientGitHubError */.qU)(error) || (0,github_errors/* isAlreadyExists */.x9)(error), (error, delayMs, next) => log(`Upload attempt ${next - 1} failed (${summarize(error)}); retrying in ${delayMs / 1000} s ` +
            `with a fresh read of the file (attempt ${next} of ${policy.delaysMs.length + 1}).`), policy);
        return {
            releaseId: String(prepared.releaseId),
            releaseUrl: prepared.htmlUrl,
            assetUrl: asset.browser_download_url
        };
    }
    catch (error) {
        if ((0,github_errors/* isAlreadyExists */.x9)(error))
            throw assetClash(prepared);
        throw (0,github_errors/* explainGitHubError */.Pm)(error, {
            doing: `upload ${prepared.assetName} to release ${prepared.tag}`,
            repository: `${prepared.owner}/${prepared.repo}`,
            tag: prepared.tag
        });
    }
}
async function uploadOnce(prepared, video, isRetry, log, signal) {
    const existing = await findAsset(prepared);
    if (existing) {
        // A lost answer to a finished upload: the asset is there, byte for byte.
        if (isRetry && existing.state === 'uploaded' && existing.digest === `sha256:${video.sha256}`) {
            return existing;
        }
        if (existing.state === 'uploaded' && !prepared.overwrite)
            throw assetClash(prepared);
        log(existing.state === 'uploaded'
            ? `Deleting the existing asset ${existing.name} (overwrite: true)`
            : `Deleting ${existing.name}, left unfinished by a failed upload`);
        await deleteAsset(prepared, existing);
    }
    const body = (0,external_node_fs_.createReadStream)(video.path);
    try {
        const response = await prepared.octokit.request({
            method: 'POST',
            url: prepared.uploadUrl,
            name: prepared.assetName,
            label: prepared.label,
            data: body,
            headers: { 'content-type': 'video/mp4', 'content-length': video.size },
            request: { signal }
        });
        return response.data;
    }
    finally {
        body.destroy();
    }
}
/** By tag first; drafts are invisible there, so then through the (paginated) list of releases. */
async function findRelease({ octokit, owner, repo, tag }, explain) {
    try {
        return (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
    }
    catch (error) {
        if ((0,github_errors/* httpFailureOf */.SW)(error)?.status !== 404)
            throw explain(error, `look up release ${tag}`);
    }
    try {
        const pages = octokit.paginate.iterator(octokit.rest.repos.listReleases, {
            owner,
            repo,
            per_page: 100
        });
        for await (const { data } of pages) {
            const found = data.find(release => release.tag_name === tag);
            if (found)
                return found;
        }
    }
    catch (error) {
        throw explain(error, `list the releases of ${owner}/${repo}`);
    }
    throw new errors/* ActionError */.l(`No release with tag ${tag} in ${owner}/${repo}, not even a draft: create it before this step ` +
        `(e.g. gh release create ${tag} --draft) or set release-tag to an existing release's tag.`, { input: 'release-tag' });
}
/**
 * The asset this upload would collide with: our safe name, or the wanted name stored as is.
 * Failures are left raw so that the upload loop can tell transient ones apart.
 */
async function findAsset(prepared) {
    const { octokit, owner, repo, releaseId, assetName, label } = prepared;
    const assets = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
        owner,
        repo,
        release_id: releaseId,
        per_page: 100
    });
    return assets.find(asset => asset.name === assetName || (label !== undefined && asset.name === label));
}
async function deleteAsset(prepared, asset) {
    const { octokit, owner, repo } = prepared;
    try {
        await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id });
    }
    catch (error) {
        // Someone else removed it in the meantime: the name is free, which is all we wanted.
        if ((0,github_errors/* httpFailureOf */.SW)(error)?.status !== 404)
            throw error;
    }
}
function assetClash(prepared) {
    return new errors/* ActionError */.l(`Release ${prepared.tag} already has an asset named ${prepared.assetName}: set overwrite: true ` +
        'to replace it, or set asset-name to another name.', { input: 'overwrite' });
}
function summarize(error) {
    const failure = (0,github_errors/* httpFailureOf */.SW)(error);
    return failure ? `${failure.status} ${failure.message}` : (0,errors/* messageOf */.b)(error);
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

//# sourceMappingURL=757.index.js.map