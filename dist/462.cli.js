export const id = 462;
export const ids = [462];
export const modules = {

/***/ 20770:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__(20218);


/***/ }),

/***/ 20218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var net = __webpack_require__(69278);
var tls = __webpack_require__(64756);
var http = __webpack_require__(58611);
var https = __webpack_require__(65692);
var events = __webpack_require__(24434);
var assert = __webpack_require__(42613);
var util = __webpack_require__(39023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 34811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseTarget: () => (/* binding */ releaseTarget)
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
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(78451);
// EXTERNAL MODULE: ./src/shared/retry-after.ts
var retry_after = __webpack_require__(61424);
;// CONCATENATED MODULE: ./src/shared/github-errors.ts



function httpFailureOf(error) {
    if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
        return undefined;
    }
    const response = 'response' in error && (0,json/* isRecord */.u)(error.response) ? error.response : undefined;
    const data = response?.data;
    const message = (0,json/* isRecord */.u)(data) && typeof data.message === 'string' ? data.message : error.message;
    const errors = (0,json/* isRecord */.u)(data) && Array.isArray(data.errors) ? data.errors : [];
    const codes = errors.flatMap(e => ((0,json/* isRecord */.u)(e) && typeof e.code === 'string' ? [e.code] : []));
    const headers = (0,json/* isRecord */.u)(response?.headers) ? response.headers : {};
    const retryAfter = typeof headers['retry-after'] === 'string' ? headers['retry-after'] : undefined;
    return { status: error.status, message, codes, retryAfter };
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
/** `retry`'s verdict on a GitHub failure: transient ones again, after GitHub's `Retry-After` if it sent one. */
function gitHubRetryVerdict(error, nowMs) {
    if (!isTransientGitHubError(error))
        return false;
    return { afterMs: (0,retry_after/* parseRetryAfter */.m)(httpFailureOf(error)?.retryAfter, nowMs) };
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
 * A token that may not write to the repository's releases. The permissions block is quoted inline, in
 * YAML's flow style, so that it stays one valid line whatever sentence follows it.
 */
function noWriteAccess(doing, repository, { status, message }) {
    return new errors/* ActionError */.l(`The github-token may not ${doing} in ${repository} (${status} ${message}): give the job write ` +
        'access to releases by adding `permissions: { contents: write }` to the job or the workflow.', { input: 'github-token' });
}
/**
 * Turns a GitHub API failure into a one-line error that says how to fix it; anything that is not an
 * HTTP failure is returned as is.
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
    if (status === 403 && !isTransientGitHubError(error))
        return noWriteAccess(doing, repository, failure);
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

// EXTERNAL MODULE: ./src/shared/retry.ts
var retry = __webpack_require__(43091);
// EXTERNAL MODULE: ./src/deliver/target.ts
var target = __webpack_require__(84088);
;// CONCATENATED MODULE: ./src/deliver/release-api.ts


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
/**
 * Reading a release proves nothing about writing to it: a job with `contents: read` finds the release
 * and is refused only at the upload, after the export was paid for. So the release is updated here with
 * the tag it already has, which changes nothing, and which GitHub allows exactly to those who may write
 * to the release: a refusal (403, or 404 for a user without push access) fails before any export.
 */
async function proveWriteAccess({ octokit, owner, repo, tag }, release, repository, explain) {
    try {
        await octokit.rest.repos.updateRelease({
            owner,
            repo,
            release_id: release.id,
            tag_name: release.tag_name
        });
    }
    catch (error) {
        const failure = httpFailureOf(error);
        const refused = failure?.status === 404 || (failure?.status === 403 && !isTransientGitHubError(error));
        if (failure && refused)
            throw noWriteAccess(`upload to release ${tag}`, repository, failure);
        throw explain(error, `check the right to upload to release ${tag}`);
    }
}

;// CONCATENATED MODULE: ./src/deliver/release.ts










/** GitHub's per-asset limit: "each file must be under 2 GiB". */
const MAX_ASSET_BYTES = 2 ** 31;
/** The video as an asset of an existing release (drafts included), found by tag. */
const releaseTarget = {
    check: checkRelease,
    deliver: uploadReleaseAsset,
    deliverCompanion: async (prepared, companion, context, signal) => (await uploadAsset(companionPlace(prepared, companion.kind.suffix), companion, context, signal))
        .browser_download_url
};
/** A companion goes under the video asset's name (and label) plus its suffix. */
function companionPlace(prepared, suffix) {
    return {
        ...prepared,
        assetName: prepared.assetName + suffix,
        label: prepared.label === undefined ? undefined : prepared.label + suffix
    };
}
/**
 * Finds the release and proves the asset can be put there, all before the render: a missing release, an
 * unusable token, a token that may read but not write, an immutable release or a name clash with
 * overwrite off fail here.
 */
async function checkRelease({ fileName, suffixes }, { env, log, options }) {
    const { releaseTag: tag, token, overwrite } = options;
    if (!tag || !token)
        throw new Error('release options need the settings to set tag and token');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new errors/* ActionError */.l(`GITHUB_REPOSITORY is "${repository}", not owner/repo: run this action in a GitHub Actions job.`);
    }
    const wanted = options.assetName ?? external_node_path_default().basename(fileName);
    const assetName = safeAssetName(wanted);
    if (!assetName) {
        throw new errors/* ActionError */.l(`asset-name: "${wanted}" has no usable characters; use a name like demo.mp4.`, { input: 'asset-name' });
    }
    // @actions/github reads GITHUB_API_URL when it is first imported; passing it keeps `env` the
    // single source, which matters for GHES and for tests that set it late.
    const octokit = (0,github/* getOctokit */.Q)(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
    const context = { octokit, owner, repo, tag };
    const explain = (error, doing) => explainGitHubError(error, { doing, repository, tag });
    const release = await findRelease(context, explain);
    if (release.immutable && !release.draft) {
        throw immutableReleaseError(tag, 'published with immutable releases on');
    }
    await proveWriteAccess(context, release, repository, explain);
    const prepared = {
        ...context,
        releaseId: release.id,
        uploadUrl: release.upload_url,
        htmlUrl: release.html_url,
        assetName,
        label: assetName === wanted ? undefined : wanted
    };
    const existing = await findAsset(prepared).catch(error => {
        throw explain(error, `list the assets of release ${tag}`);
    });
    if (existing && existing.state === 'uploaded' && !overwrite)
        throw assetClash(prepared);
    for (const place of suffixes.map(suffix => companionPlace(prepared, suffix))) {
        const clash = await findAsset(place).catch(error => {
            throw explain(error, `list the assets of release ${tag}`);
        });
        if (clash && clash.state === 'uploaded' && !overwrite)
            throw assetClash(place);
    }
    log(`Release ${tag}${release.draft ? ' (draft)' : ''} found (id ${release.id}); the video ` +
        `will be uploaded as ${assetName}${existing ? ', replacing the asset of that name' : ''}.`);
    return prepared;
}
/**
 * Uploads the video as a release asset, streaming it from disk. Transient failures are retried,
 * each time with a new read stream and after deleting whatever a failed attempt left behind
 * (GitHub keeps a half-uploaded asset in state "starter", which blocks the name).
 */
async function uploadReleaseAsset(prepared, video, context, signal) {
    if (video.size >= MAX_ASSET_BYTES) {
        throw new errors/* ActionError */.l(`The video is ${(0,format/* formatBytes */.z)(video.size)}, but GitHub release assets must be smaller than 2 GiB: ` +
            'use upload: artifact for a video this large (workflow artifacts have no such limit).', { input: 'upload' });
    }
    const assetUrl = (await uploadAsset(prepared, video, context, signal)).browser_download_url;
    return {
        outputs: {
            'release-id': String(prepared.releaseId),
            'release-url': prepared.htmlUrl,
            'asset-url': assetUrl
        },
        links: [
            { label: 'Release asset', text: 'download from the release', url: assetUrl },
            { label: 'Release', text: 'release page', url: prepared.htmlUrl }
        ],
        where: `to release ${prepared.tag} (${assetUrl})`
    };
}
/** One file as the asset `prepared.assetName`: the video, or a companion (with its content type). */
async function uploadAsset(prepared, file, { log, options, clock }, signal) {
    log(`Uploading ${prepared.assetName} (${(0,format/* formatBytes */.z)(file.size)}) to release ${prepared.tag}`);
    try {
        return await (0,retry/* retry */.L)(attempt => uploadOnce(prepared, file, attempt > 1, options.overwrite, log, signal), {
            attempts: target/* UPLOAD_ATTEMPTS */.h,
            classify: error => (isAlreadyExists(error) ? {} : gitHubRetryVerdict(error, clock.now())),
            clock,
            signal,
            onRetry: (error, delayMs, next) => log(`Upload attempt ${next - 1} failed (${summarize(error)}); retrying in ${delayMs / 1000} s ` +
                `with a fresh read of the file (attempt ${next} of ${target/* UPLOAD_ATTEMPTS */.h}).`)
        });
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
async function uploadOnce(prepared, video, isRetry, overwrite, log, signal) {
    const existing = await findAsset(prepared);
    if (existing) {
        // A lost answer to a finished upload: the asset is there, byte for byte.
        if (isRetry && existing.state === 'uploaded' && existing.digest === `sha256:${video.sha256}`) {
            return existing;
        }
        if (existing.state === 'uploaded' && !overwrite)
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
            headers: {
                'content-type': 'kind' in video ? video.kind.contentType : 'video/mp4',
                'content-length': video.size
            },
            request: { signal }
        });
        return response.data;
    }
    finally {
        body.destroy();
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

/***/ 78451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/** A JSON object (a map), not an array and not null. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 61424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
// A server's `Retry-After` is honoured, but within reason: a misconfigured one must not park the run.
const RETRY_AFTER_CAP_MS = 5 * 60_000;
/** `Retry-After` in seconds or as an HTTP-date, as a delay in ms from `nowMs`; capped, never negative. */
function parseRetryAfter(value, nowMs) {
    const text = value?.trim() ?? '';
    // An HTTP-date starts with the day's name; Date.parse alone would take '-5' as a year.
    const ms = /^\d+$/.test(text)
        ? Number(text) * 1000
        : /^[a-z]{3}/i.test(text)
            ? Date.parse(text) - nowMs
            : NaN;
    if (Number.isNaN(ms))
        return undefined;
    return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
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
