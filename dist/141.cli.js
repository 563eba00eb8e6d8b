export const id = 141;
export const ids = [141];
export const modules = {

/***/ 3141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliverVideo: () => (/* binding */ deliverVideo),
  prepareDelivery: () => (/* binding */ prepareDelivery)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 318 modules
var artifact = __webpack_require__(35690);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(36338);
// EXTERNAL MODULE: ./src/shared/clock.ts
var clock = __webpack_require__(66103);
;// CONCATENATED MODULE: ./src/shared/retry.ts

/** Four attempts over about 14 s: long enough for a GitHub blip, short next to a render. */
const defaultRetryPolicy = { delaysMs: [1000, 4000, 9000], clock: clock/* systemClock */.m };
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

;// CONCATENATED MODULE: ./src/deliver/artifact.ts





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
        throw new errors/* ActionError */.l(`upload includes artifact, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not ` +
            'set: workflow artifacts only work in a GitHub Actions job (not in a container step that drops ' +
            'the runner environment, nor locally). Use upload: release or none there.', { input: 'upload' });
    }
    const name = external_node_path_default().basename(videoFileName);
    if (FORBIDDEN_IN_NAME.test(name)) {
        throw new errors/* ActionError */.l(`The video file name ${JSON.stringify(name)} cannot name an artifact (no " : < > | * ? \\ / or ` +
            'line breaks): choose another output-path.', { input: 'output-path' });
    }
    const existing = await findArtifact(new artifact/* DefaultArtifactClient */.t9(), name).catch(error => {
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
async function uploadArtifact(prepared, video, log, policy = defaultRetryPolicy) {
    if (external_node_path_default().basename(video.path) !== prepared.name) {
        throw new Error(`prepared artifact ${prepared.name}, but the video is ${video.path}`);
    }
    const client = new artifact/* DefaultArtifactClient */.t9();
    log(`Uploading ${prepared.name} (${(0,format/* formatBytes */.z)(video.size)}) as a workflow artifact`);
    try {
        const id = await withRetries(attempt => uploadOnce(client, prepared, video, attempt > 1, log), isTransientArtifactError, (error, delayMs, next) => log(`Artifact upload attempt ${next - 1} failed (${firstLine(error)}); retrying in ` +
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
    const response = await client.uploadArtifact(prepared.name, [video.path], external_node_path_default().dirname(video.path), {
        skipArchive: true,
        retentionDays: prepared.retentionDays
    });
    if (response.id === undefined)
        throw new Error('the results service returned no artifact id');
    if (response.digest !== video.sha256) {
        throw new errors/* ActionError */.l(`The uploaded artifact's SHA-256 (${response.digest}) differs from the rendered video's ` +
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
    return /Unable to make request: E[A-Z]+|upload progress stalled/i.test((0,errors/* messageOf */.b)(error));
}
function nameClash(name) {
    return new errors/* ActionError */.l(`An artifact named ${name} already exists in this workflow run (from an earlier attempt or ` +
        'another job of a matrix): set overwrite: true to replace it, or give each job its own file ' +
        'name, e.g. output-path: video-${{ matrix.name }}.mp4.', { input: 'overwrite' });
}
/** @param doing completes "Failed to …". */
function explainArtifactError(error, name, doing) {
    if (error instanceof errors/* ActionError */.l)
        return error;
    if (error instanceof artifact/* GHESNotSupportedError */.jK) {
        return new errors/* ActionError */.l('Workflow artifacts of this kind are not available on GitHub Enterprise Server: use upload: release there.', { input: 'upload' });
    }
    const message = (0,errors/* messageOf */.b)(error);
    if (/storage quota has been hit/i.test(message)) {
        return new errors/* ActionError */.l(`The artifact storage quota is used up, so ${name} could not be stored: delete old artifacts, ` +
            'lower retention-days, or use upload: release.', { input: 'retention-days' });
    }
    if (/\(409\)/.test(message))
        return nameClash(name);
    return new errors/* ActionError */.l(`Failed to ${doing}: ${firstLine(error)}. This is usually a ` +
        'temporary problem of GitHub (https://www.githubstatus.com): re-run the job.');
}
/** The library's messages go on with multi-line advice that does not fit a log line. */
function firstLine(error) {
    return (0,errors/* messageOf */.b)(error).split('\n')[0];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
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

// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(78451);
;// CONCATENATED MODULE: ./src/deliver/github-errors.ts


function httpFailureOf(error) {
    if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
        return undefined;
    }
    const data = 'response' in error && (0,json/* isRecord */.u)(error.response) ? error.response.data : undefined;
    const message = (0,json/* isRecord */.u)(data) && typeof data.message === 'string' ? data.message : error.message;
    const errors = (0,json/* isRecord */.u)(data) && Array.isArray(data.errors) ? data.errors : [];
    const codes = errors.flatMap(e => ((0,json/* isRecord */.u)(e) && typeof e.code === 'string' ? [e.code] : []));
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
    return new errors/* ActionError */.l(`Release ${tag} is immutable (${detail}): GitHub refuses to add, replace or delete its assets. ` +
        'Upload the video while the release is still a draft and publish it afterwards, or use a new tag.', { input: 'release-tag' });
}
/**
 * Turns a GitHub API failure into an error that says how to fix it (one line, except for the
 * permissions block a 403 asks to paste); anything that is not an HTTP failure is returned as is.
 */
function explainGitHubError(error, { doing, repository, tag }) {
    const failure = httpFailureOf(error);
    if (!failure || error instanceof errors/* ActionError */.l)
        return error;
    const { status, message } = failure;
    if (status === 401) {
        return new errors/* ActionError */.l(`GitHub rejected the github-token (401 ${message}) while trying to ${doing}: the token is ` +
            'invalid or has expired. Leave github-token at its default (${{ github.token }}) or pass a valid token.', { input: 'github-token' });
    }
    if (status === 403 && !isTransientGitHubError(error)) {
        return new errors/* ActionError */.l(`The github-token may not ${doing} in ${repository} (403 ${message}). Give the job write ` +
            'access to releases by adding this to the workflow or the job:\npermissions:\n  contents: write', { input: 'github-token' });
    }
    if (status === 404) {
        return new errors/* ActionError */.l(`GitHub answered 404 Not Found while trying to ${doing}: ${repository} does not exist or the ` +
            'github-token cannot see it. For another or a private repository, pass a token with access to it.', { input: 'github-token' });
    }
    if (status === 422 && /immutable/i.test(message)) {
        return immutableReleaseError(tag, `422 ${message}`);
    }
    const advice = status >= 500
        ? ', even after retries; GitHub may be having trouble (https://www.githubstatus.com): re-run the job later.'
        : '.';
    return new errors/* ActionError */.l(`GitHub answered ${status} (${message}) while trying to ${doing}${advice}`);
}

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
    const explain = (error, doing) => explainGitHubError(error, { doing, repository, tag: target.tag });
    const release = await findRelease(context, explain);
    if (release.immutable && !release.draft) {
        throw immutableReleaseError(target.tag, 'published with immutable releases on');
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
async function uploadReleaseAsset(prepared, video, log, policy = defaultRetryPolicy) {
    if (video.size >= MAX_ASSET_BYTES) {
        throw new errors/* ActionError */.l(`The video is ${(0,format/* formatBytes */.z)(video.size)}, but GitHub release assets must be smaller than 2 GiB: ` +
            'use upload: artifact for a video this large (workflow artifacts have no such limit).', { input: 'upload' });
    }
    log(`Uploading ${prepared.assetName} (${(0,format/* formatBytes */.z)(video.size)}) to release ${prepared.tag}`);
    try {
        const asset = await withRetries(attempt => release_uploadOnce(prepared, video, attempt > 1, log), error => isTransientGitHubError(error) || isAlreadyExists(error), (error, delayMs, next) => log(`Upload attempt ${next - 1} failed (${summarize(error)}); retrying in ${delayMs / 1000} s ` +
            `with a fresh read of the file (attempt ${next} of ${policy.delaysMs.length + 1}).`), policy);
        return {
            releaseId: String(prepared.releaseId),
            releaseUrl: prepared.htmlUrl,
            assetUrl: asset.browser_download_url
        };
    }
    catch (error) {
        if (isAlreadyExists(error))
            throw assetClash(prepared);
        throw explainGitHubError(error, {
            doing: `upload ${prepared.assetName} to release ${prepared.tag}`,
            repository: `${prepared.owner}/${prepared.repo}`,
            tag: prepared.tag
        });
    }
}
async function release_uploadOnce(prepared, video, isRetry, log) {
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
            headers: { 'content-type': 'video/mp4', 'content-length': video.size }
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
        if (httpFailureOf(error)?.status !== 404)
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
        if (httpFailureOf(error)?.status !== 404)
            throw error;
    }
}
function assetClash(prepared) {
    return new errors/* ActionError */.l(`Release ${prepared.tag} already has an asset named ${prepared.assetName}: set overwrite: true ` +
        'to replace it, or set asset-name to another name.', { input: 'overwrite' });
}
function summarize(error) {
    const failure = httpFailureOf(error);
    return failure ? `${failure.status} ${failure.message}` : (0,errors/* messageOf */.b)(error);
}

;// CONCATENATED MODULE: ./src/deliver/index.ts



/**
 * Everything about the uploads that can be checked before spending render credits: the artifact
 * runtime and name, the release, the token, name clashes. Throws ActionError.
 * `env` is read for GitHub's variables; @actions/artifact reads process.env itself, so pass that.
 */
async function prepareDelivery(options, videoFileName, env, log) {
    const prepared = {};
    if (options.modes.has('artifact')) {
        prepared.artifact = await prepareArtifact(options, videoFileName, env, log);
    }
    if (options.modes.has('release')) {
        const { releaseTag: tag, token, assetName, overwrite } = options;
        if (!tag || !token) {
            throw new Error('release options need parseDeliveryOptions to set tag and token');
        }
        prepared.release = await prepareRelease({ tag, token, assetName, overwrite }, videoFileName, env, log);
    }
    return prepared;
}
/**
 * Uploads the rendered video. The artifact goes first: it has no size limit and keeps the paid-for
 * video even when the release upload then fails, in which case the error says where it is.
 */
async function deliverVideo(prepared, video, log) {
    const artifact = prepared.artifact
        ? await uploadArtifact(prepared.artifact, video, log)
        : undefined;
    if (!prepared.release)
        return { ...artifact };
    try {
        return { ...artifact, ...(await uploadReleaseAsset(prepared.release, video, log)) };
    }
    catch (error) {
        if (!artifact || !(error instanceof errors/* ActionError */.l))
            throw error;
        throw new errors/* ActionError */.l(`The video was uploaded as workflow artifact ${artifact.artifactUrl}, but not to the release: ${error.message}`, error.details);
    }
}


/***/ })

};
