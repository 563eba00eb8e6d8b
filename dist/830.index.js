export const id = 830;
export const ids = [830];
export const modules = {

/***/ 99830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VideoCache: () => (/* binding */ VideoCache),
/* harmony export */   VideoMetaSchema: () => (/* binding */ VideoMetaSchema),
/* harmony export */   keyOf: () => (/* binding */ keyOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38816);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);






/** What is stored next to the MP4, so a hit can be checked and reported as if it had just been rendered. */
const VideoMetaSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    sha256: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
    size: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative(),
    projectId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    resolution: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    savedAt: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    downloadUrl: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional()
});
const RenderMetaSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ projectId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1), savedAt: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() });
const VIDEO_FILE = 'video.mp4';
const META_FILE = 'meta.json';
const CACHE_TIMEOUT_MS = 120_000;
/**
 * The Actions cache seen as two entries per content hash: the render (the project id of an accepted export,
 * so a re-run resumes it) and the video (the verified MP4). It never fails a run: the first problem gives one
 * warning and the cache is off for the rest of the run, as with `cache: false`.
 */
class VideoCache {
    cache;
    off;
    reporter;
    tempDir;
    now;
    signal;
    constructor(options, cache) {
        this.cache = cache;
        this.reporter = options.reporter;
        this.tempDir = options.tempDir;
        this.now = options.now ?? (() => new Date());
        this.signal = options.signal;
        this.off = cache === undefined;
    }
    /** The cache of this run: off, with one warning, when the service is not there. */
    static async open(options) {
        const env = options.env ?? process.env;
        const missing = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'].filter(name => !env[name]);
        const client = missing.length ? undefined : await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(692)]).then(__webpack_require__.bind(__webpack_require__, 45692));
        if (client?.isFeatureAvailable())
            return new VideoCache(options, client);
        options.reporter.warn(`Cache: the Actions cache service is not available here (${missing.length ? `${missing.join(' and ')} unset` : 'no cache service v2, e.g. GHES'}); every run exports as with \`cache: false\`.`);
        return new VideoCache(options, undefined);
    }
    get enabled() {
        return !this.off;
    }
    /** Whether a video entry exists, without downloading it (dry runs). */
    async lookupOnly(hash) {
        const dir = await this.stage('video', hash);
        const key = await this.guard('look up the video', cache => cache.restoreCache([dir], keyOf('video', hash), [], { lookupOnly: true }));
        return key !== undefined;
    }
    /** The cached video, restored into the staging directory and checked against its metadata; else undefined. */
    async lookupVideo(hash) {
        const dir = await this.stage('video', hash);
        const key = await this.guard('restore the video', cache => cache.restoreCache([dir], keyOf('video', hash)));
        if (key === undefined)
            return undefined;
        const meta = await this.readMeta(dir, VideoMetaSchema);
        if (!meta)
            return undefined;
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, VIDEO_FILE);
        const actual = await sha256File(file).catch(() => undefined);
        if (actual?.sha256 !== meta.sha256 || actual.size !== meta.size) {
            this.reporter.warn(`Cache: the cached video for ${hash} does not match its SHA-256 ${meta.sha256}; rendering it again.`);
            return undefined;
        }
        return { video: { path: file, size: meta.size, sha256: meta.sha256 }, meta };
    }
    /** The project id of an export accepted earlier for this content, to resume instead of paying again. */
    async lookupRender(hash) {
        const dir = await this.stage('render', hash);
        const key = await this.guard('look up the render', cache => cache.restoreCache([dir], keyOf('render', hash)));
        if (key === undefined)
            return undefined;
        return (await this.readMeta(dir, RenderMetaSchema))?.projectId;
    }
    /** Right after an export is accepted, so a run cut short is resumed by the next one. */
    async saveRender(hash, renderedProjectId) {
        const dir = await this.stage('render', hash);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, META_FILE), JSON.stringify({ projectId: renderedProjectId, savedAt: this.now().toISOString() }));
        await this.save('render', hash, dir);
    }
    /** After a verified download. */
    async saveVideo(hash, video, meta) {
        // Off, nothing is saved: no copy of a large video to stage.
        if (this.off)
            return;
        const dir = await this.stage('video', hash);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().copyFile(video.path, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, VIDEO_FILE));
        const full = {
            ...meta,
            sha256: video.sha256,
            size: video.size,
            savedAt: this.now().toISOString()
        };
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, META_FILE), JSON.stringify(full));
        await this.save('video', hash, dir);
    }
    async save(kind, hash, dir) {
        const key = keyOf(kind, hash);
        const id = await this.guard(`save the ${kind}`, cache => cache.saveCache([dir], key));
        if (id === undefined || id !== -1)
            return;
        // saveCache answers -1 both when a twin run saved this key first (entries are immutable, so that is fine)
        // and when the service refused (quota, denied, down), which it only logs at info level: ask which.
        const exists = await this.guard(`check the ${kind}`, cache => cache.restoreCache([dir], key, [], { lookupOnly: true }));
        if (exists === undefined && !this.off) {
            this.off = true;
            this.reporter.warn(`Cache: the service did not save the ${kind} entry for ${hash} (quota or service error); going on as with \`cache: false\`.`);
        }
    }
    /** An empty staging directory at a path stable across runs: the paths are part of the cache version. */
    async stage(kind, hash) {
        // One directory per content, so that videos of a manifest rendering side by side never share one.
        const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.tempDir, 'aistudios-render-cache', kind, hash);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(dir, { recursive: true, force: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(dir, { recursive: true });
        return dir;
    }
    async readMeta(dir, schema) {
        const parsed = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, META_FILE), 'utf8')
            .then(text => schema.safeParse(JSON.parse(text)))
            .catch(() => undefined);
        if (parsed?.success)
            return parsed.data;
        this.reporter.warn(`Cache: a cache entry in ${dir} has no readable ${META_FILE}; ignoring it.`);
        return undefined;
    }
    /**
     * The cache client has no deadline of its own for a stalled upload, and takes no signal: the call is raced
     * against a fixed bound and the run's signal, and abandoned (a cache never holds up a run). What the run
     * does next sees the signal and ends as any deadline or cancel does.
     */
    async guard(what, work) {
        const { cache } = this;
        if (this.off || !cache)
            return undefined;
        const bound = AbortSignal.any([
            AbortSignal.timeout(CACHE_TIMEOUT_MS),
            ...(this.signal ? [this.signal] : [])
        ]);
        let onAbort = () => { };
        const stopped = new Promise((_, reject) => {
            onAbort = () => reject(new Error(this.signal?.aborted
                ? (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(this.signal.reason).replace(/\.$/, '')
                : `no answer within ${CACHE_TIMEOUT_MS / 1000} s`));
            if (bound.aborted)
                onAbort();
            else
                bound.addEventListener('abort', onAbort, { once: true });
        });
        try {
            return await Promise.race([work(cache), stopped]);
        }
        catch (error) {
            this.off = true;
            this.reporter.warn(`Cache: could not ${what} (${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(error)}); going on as with \`cache: false\`.`);
            return undefined;
        }
        finally {
            bound.removeEventListener('abort', onAbort);
        }
    }
}
function keyOf(kind, hash) {
    return `aistudios-render-${kind}-${hash}`;
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}


/***/ })

};

//# sourceMappingURL=830.index.js.map